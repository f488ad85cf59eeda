import { describe, expect, it } from 'vitest';
import { parseSitemap } from './sitemap.parse.js';

describe('parseSitemap', () => {
  it('reads a urlset with lastmod and the Google News extension', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url><loc>https://mfa.example.org/press/1?lang=en&amp;print=0</loc><lastmod>2017-09-05T10:00:00+03:00</lastmod></url>
  <url><loc>/press/2</loc>
    <news:news><news:publication>Ministry</news:publication><news:publication_date>2017-09-06</news:publication_date><news:title>Talks &amp; more</news:title></news:news>
  </url>
  <url><loc>javascript:alert(1)</loc></url>
</urlset>`;
    expect(parseSitemap(xml, 'https://mfa.example.org/sitemap.xml')).toEqual({
      kind: 'urlset',
      entries: [
        { url: 'https://mfa.example.org/press/1?lang=en&print=0', lastmod: '2017-09-05T10:00:00+03:00' },
        { url: 'https://mfa.example.org/press/2', publishedAt: '2017-09-06', title: 'Talks & more' },
      ],
    });
  });

  it('reads a sitemap index', () => {
    const xml = `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://mfa.example.org/sitemap-2017.xml</loc><lastmod>2017-12-31</lastmod></sitemap>
<sitemap><loc>https://mfa.example.org/sitemap-2018.xml</loc></sitemap></sitemapindex>`;
    expect(parseSitemap(xml)).toEqual({
      kind: 'sitemapindex',
      entries: [{ url: 'https://mfa.example.org/sitemap-2017.xml', lastmod: '2017-12-31' }, { url: 'https://mfa.example.org/sitemap-2018.xml' }],
    });
  });

  it('never expands DTD entities', () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
<urlset><url><loc>https://mfa.example.org/&lol2;</loc></url></urlset>`;
    // The entry is read, with the entity reference left as written.
    expect(parseSitemap(xml).entries).toEqual([{ url: 'https://mfa.example.org/&lol2;' }]);
  });

  it('refuses what is not a sitemap', () => {
    expect(() => parseSitemap('<rss><channel/></rss>')).toThrow(expect.objectContaining({ code: 'EXTRACT.BAD_SITEMAP' }));
    expect(() => parseSitemap('<html><body>hello')).toThrow(expect.objectContaining({ code: 'EXTRACT.BAD_SITEMAP' }));
  });
});
