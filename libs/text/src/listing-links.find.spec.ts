import { describe, expect, it } from 'vitest';
import { findListingLinks, isValidCssSelector } from './listing-links.find.js';

const listing = `<!doctype html><html><head><title>Press releases</title><link rel="next" href="/press?page=2"></head><body>
<header><nav><a href="/">Home</a><a href="/about-the-ministry-and-its-history">About the ministry and its history</a></nav></header>
<div class="breadcrumbs"><a href="/">Home</a> › <a href="/press">Press</a></div>
<main><h1>Press releases</h1>
<div class="view-content">
  <div class="views-row"><span class="date">05.09.2017</span><h3><a href="/press/2017/09/talks-with-counterpart">Minister holds talks with his counterpart</a></h3></div>
  <div class="views-row"><span class="date">04.09.2017</span><h3><a href="/press/2017/09/statement-on-peninsula#top">Statement on the situation on the peninsula</a></h3></div>
  <div class="views-row"><span class="date">03.09.2017</span><h3><a href="https://mfa.example.org/press/2017/09/joint-communique">Joint communiqué following the visit</a></h3></div>
  <div class="views-row"><h3><a href="/press/2017/09/talks-with-counterpart">Minister holds talks with his counterpart</a></h3></div>
</div></main>
<aside class="sidebar"><h2>Popular</h2><a href="/press/2016/01/old-popular-article-title">An old but popular article title</a><a href="/press/2016/01/another-popular-article">Another popular article of the year</a></aside>
<footer><a href="/contacts-and-addresses-of-missions">Contacts and addresses of missions</a></footer>
</body></html>`;

describe('findListingLinks', () => {
  it('finds the release links by heuristic, each once, with the next page', () => {
    expect(findListingLinks(listing, 'https://mfa.example.org/press')).toEqual({
      items: [
        { url: 'https://mfa.example.org/press/2017/09/talks-with-counterpart', title: 'Minister holds talks with his counterpart' },
        { url: 'https://mfa.example.org/press/2017/09/statement-on-peninsula', title: 'Statement on the situation on the peninsula' },
        { url: 'https://mfa.example.org/press/2017/09/joint-communique', title: 'Joint communiqué following the visit' },
      ],
      next: 'https://mfa.example.org/press?page=2',
    });
  });

  it('uses the selectors it is given', () => {
    const page = `<ul class="news"><li><a href="/a">A</a></li><li><a href="/b">B</a></li></ul><div class="pages"><a class="more" href="?p=2">2</a></div>`;
    expect(findListingLinks(page, 'https://example.org/news', { itemSelector: 'ul.news li', nextSelector: '.pages a.more' })).toEqual({
      items: [
        { url: 'https://example.org/a', title: 'A' },
        { url: 'https://example.org/b', title: 'B' },
      ],
      next: 'https://example.org/news?p=2',
    });
  });

  it('reads a pager link by its words when there is no rel=next', () => {
    const page = `<div class="list"><p><a href="/n/1">First release of the ministry today</a></p><p><a href="/n/2">Second release of the ministry today</a></p></div>
<div class="paging"><a href="/n?page=1">1</a><a href="/n?page=2">Следующая</a></div>`;
    expect(findListingLinks(page, 'https://example.org/n').next).toBe('https://example.org/n?page=2');
  });

  it('reads abbreviated pager words ("След.", "Suiv.")', () => {
    const list = `<div class="news-list"><p><a href="/press/1/"><b>О телефонном разговоре министра номер один</b></a></p><p><a href="/press/2/"><b>О телефонном разговоре министра номер два</b></a></p></div>`;
    expect(findListingLinks(`${list}<div class="modern-page-navigation"><a href="/press/?PAGEN_1=2">След.</a></div>`, 'https://mid.example.org/press/').next).toBe('https://mid.example.org/press/?PAGEN_1=2');
    expect(findListingLinks(`${list}<p><a href="/press/?p=2">Suiv. »</a></p>`, 'https://mid.example.org/press/').next).toBe('https://mid.example.org/press/?p=2');
  });

  it('skips links to other hosts and non-http schemes', () => {
    const page = `<div><p><a href="https://elsewhere.example.com/x/long-enough-title">A link to another site entirely</a></p>
<p><a href="javascript:void(0)">A script link that is long enough</a></p><p><a href="/ok/long-enough-title">A release of our own site</a></p></div>`;
    expect(findListingLinks(page, 'https://example.org/list').items.map((item) => item.url)).toEqual(['https://example.org/ok/long-enough-title']);
  });

  it('tells valid selectors from broken ones', () => {
    expect(isValidCssSelector('div.news > a[href]')).toBe(true);
    expect(isValidCssSelector('div[')).toBe(false);
  });
});
