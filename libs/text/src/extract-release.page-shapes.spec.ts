import { describe, expect, it } from 'vitest';
import { extractRelease } from './extract-release.js';

// Shapes of real article pages (samples written for these tests).
const page = (head: string, body: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

const MENU = '<div class="topbar"><a href="/">Home</a> <a href="/news">News</a> <a href="/about">About us</a></div>';
const SENTENCES = [
  'The harbour authority opened the new ferry terminal on Monday after three years of construction work.',
  'The terminal can handle four ferries at a time and doubles the number of passengers the port can serve.',
  'Local businesses expect more visitors in summer, when the islands draw most of their tourists.',
  'The old terminal will be turned into a market hall for fishermen and farmers from the region.',
];
// Enough article that what the page adds around it is a small share of the page's text.
const MORE_SENTENCES = [
  'The work cost less than planned, the authority said, because the old quay could be kept and repaired.',
  'Ferries to the two smaller islands will leave from the new terminal from next month on.',
  'Buses from the town centre will stop in front of the terminal every twenty minutes during the day.',
  'A second phase, with a car park and a waiting hall for cyclists, is planned for the coming years.',
];

describe('extractRelease — real page shapes', () => {
  it('takes the JSON-LD articleBody when the page renders its article by script', () => {
    const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'New ferry terminal opens', articleBody: SENTENCES.join('\n') };
    const content = page(
      `<title>New ferry terminal opens</title><script type="application/ld+json">${JSON.stringify(ld)}</script>`,
      `${MENU}<h1>New ferry terminal opens</h1><div id="app">Loading…</div><p>Subscribe to our newsletter for the latest news from the port and the islands.</p>`,
    );
    expect(extractRelease({ content, format: 'html' }).paragraphs).toEqual(SENTENCES);
  });

  it('keeps its own reading when the articleBody is no longer than it', () => {
    const ld = { '@type': 'NewsArticle', articleBody: SENTENCES.slice(0, 2).join(' ') };
    const content = page(
      `<title>New ferry terminal opens</title><script type="application/ld+json">${JSON.stringify(ld)}</script>`,
      `<article><h1>New ferry terminal opens</h1>${SENTENCES.map((s) => `<p>${s}</p>`).join('')}</article>`,
    );
    expect(extractRelease({ content, format: 'html' }).paragraphs).toEqual(SENTENCES);
  });

  it('keeps the lead printed between the headline and the article body', () => {
    const lead = 'Three years after the first stone was laid, the islands have a ferry terminal fit for the summer crowds.';
    const content = page(
      '<title>New ferry terminal opens</title>',
      `${MENU}<div class="header-block"><h1>New ferry terminal opens</h1><p class="lead">${lead}</p></div>` +
        `<div class="story">${SENTENCES.map((s) => `<p>${s}</p>`).join('')}</div>`,
    );
    expect(extractRelease({ content, format: 'html' }).paragraphs).toEqual([lead, ...SENTENCES]);
  });

  it('drops the author box, the rating widget and the picture credit inside the article', () => {
    const content = page(
      '<title>New ferry terminal opens</title>',
      `<article><h1>New ferry terminal opens</h1>${[...SENTENCES, ...MORE_SENTENCES].map((s) => `<p>${s}</p>`).join('')}` +
        '<span class="image-credit">Photo: Harbour authority</span>' +
        '<div class="post-ratings">Was this article useful? (No ratings yet)</div>' +
        '<div class="author-box"><p>Jane Roe writes about transport and the islands for our newspaper since 2010.</p></div></article>',
    );
    expect(extractRelease({ content, format: 'html' }).paragraphs).toEqual([...SENTENCES, ...MORE_SENTENCES]);
  });

  it('keeps an article whose content is a list', () => {
    const items = [
      'Bring a valid passport or identity card for every traveller, children included.',
      'Book the crossing at least two days ahead in July and August, when ferries fill up.',
      'Arrive at the terminal forty-five minutes before departure with a car, thirty without.',
      'Pets travel free of charge on the open deck, on a leash or in a carrier.',
    ];
    const content = page(
      '<title>Travelling to the islands: what to know</title>',
      `${MENU}<main><h1>Travelling to the islands: what to know</h1><p>Before you travel to the islands this summer, check these points.</p>` +
        `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul></main>`,
    );
    expect(extractRelease({ content, format: 'html' }).paragraphs).toEqual(['Before you travel to the islands this summer, check these points.', ...items]);
  });
});
