import type { FetchResult } from '@demarche/net';
import { describe, expect, it } from 'vitest';
import { discoverItems, itemKey, type DiscoveryContext } from './item-discovery.js';
import type { SourceRecord } from './source.entity.js';

const base = 'https://mfa.example.org';
const response = (url: string, body: string): FetchResult => ({ status: 200, url, headers: { 'content-type': 'text/html; charset=utf-8' }, body: Buffer.from(body) });
const listingPage = (page: number, next?: number) =>
  `<html><body><ul class="news">${[1, 2].map((n) => `<li><a href="/press/${page}-${n}">Release ${page}-${n} of the ministry today</a></li>`).join('')}</ul>${next ? `<a rel="next" href="/press?page=${next}">next</a>` : ''}</body></html>`;

const context = (pages: Record<string, string>, known = new Set<string>(), lastmods: Record<string, string> = {}) => {
  const fetched: string[] = [];
  const ctx: DiscoveryContext = {
    fetch: async (url) => {
      fetched.push(url);
      if (!(url in pages)) return { status: 404, url, headers: {}, body: Buffer.alloc(0) };
      return response(url, pages[url]!);
    },
    isKnown: async (key) => known.has(key),
    sitemapLastmod: async (url) => lastmods[url],
  };
  return { ctx, fetched };
};
const source = (kind: SourceRecord['kind'], maxPages = 3) => ({ kind, url: `${base}/press`, maxPages, itemSelector: null, nextSelector: null }) as SourceRecord;

describe('discoverItems', () => {
  it('reads a listing and follows its next pages up to maxPages', async () => {
    const { ctx, fetched } = context({ [`${base}/press?page=2`]: listingPage(2, 3), [`${base}/press?page=3`]: listingPage(3, 4) });
    const found = await discoverItems(source('listing', 2), response(`${base}/press`, listingPage(1, 2)), ctx);
    expect(found.items.map((item) => item.url)).toEqual([`${base}/press/1-1`, `${base}/press/1-2`, `${base}/press/2-1`, `${base}/press/2-2`]);
    expect(found.items.every((item) => item.summaryOnly && item.id === item.url)).toBe(true);
    expect(fetched).toEqual([`${base}/press?page=2`]);
  });

  it('stops paging at a listing page that holds nothing new', async () => {
    const known = new Set([`${base}/press/1-1`, `${base}/press/1-2`].map((url) => itemKey({ id: url, summaryOnly: true })));
    const { ctx, fetched } = context({ [`${base}/press?page=2`]: listingPage(2) }, known);
    await discoverItems(source('listing'), response(`${base}/press`, listingPage(1, 2)), ctx);
    expect(fetched).toEqual([]);
  });

  it('reads a sitemap index, skipping children whose lastmod is unchanged, newest entries first', async () => {
    const index = `<sitemapindex><sitemap><loc>${base}/s-2016.xml</loc><lastmod>2016-12-31</lastmod></sitemap><sitemap><loc>${base}/s-2017.xml</loc><lastmod>2017-09-06</lastmod></sitemap></sitemapindex>`;
    const child = `<urlset><url><loc>${base}/p/a</loc><lastmod>2017-09-01</lastmod></url><url><loc>${base}/p/b</loc><lastmod>2017-09-06</lastmod></url></urlset>`;
    const { ctx, fetched } = context({ [`${base}/s-2017.xml`]: child }, new Set(), { [`${base}/s-2016.xml`]: '2016-12-31' });
    const found = await discoverItems(source('sitemap'), response(`${base}/sitemap.xml`, index), ctx);
    expect(fetched).toEqual([`${base}/s-2017.xml`]);
    expect(found.items.map((item) => [item.url, item.lastmod])).toEqual([
      [`${base}/p/b`, '2017-09-06'],
      [`${base}/p/a`, '2017-09-01'],
    ]);
    expect(found.sitemapMarks).toEqual([{ url: `${base}/s-2017.xml`, lastmod: '2017-09-06' }]);
  });

  it('reads a gzipped sitemap (sitemap.xml.gz)', async () => {
    const { gzipSync } = await import('node:zlib');
    const xml = `<urlset><url><loc>${base}/p/z</loc></url></urlset>`;
    const found = await discoverItems(source('sitemap'), { status: 200, url: `${base}/sitemap.xml.gz`, headers: { 'content-type': 'application/gzip' }, body: gzipSync(xml) }, context({}).ctx);
    expect(found.items.map((item) => item.url)).toEqual([`${base}/p/z`]);
  });

  it('fails the run when a child sitemap cannot be read', async () => {
    const index = `<sitemapindex><sitemap><loc>${base}/gone.xml</loc></sitemap></sitemapindex>`;
    await expect(discoverItems(source('sitemap'), response(`${base}/sitemap.xml`, index), context({}).ctx)).rejects.toMatchObject({ code: 'FETCH.HTTP' });
  });
});
