import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestUrl, searchUrl } from './support/env.js';
import { eventually } from './support/http.js';
import { searchAll } from './support/ingest-api.js';

const m = `zl${randomBytes(5).toString('hex')}`;
// The site's standing line inside every article: no generic rule knows it, the source's template does.
const FURNITURE = 'The press service of the Ministry answers the questions of journalists on working days from nine to six.';
const TOPICS = ['fisheries', 'aviation safety', 'cultural heritage', 'energy transit', 'consular assistance', 'river navigation'];

function page(section: string, n: number) {
  return `<!doctype html><html lang="en"><head><title>Release ${section} ${n} | Ministry</title></head><body>
<header><nav><a href="/">Home</a> <a href="/press">Press</a></nav></header>
<article><h1>Agreement ${n} on ${TOPICS[n - 1]} ${m}</h1><p class="date">${n} September 2017</p>
<p>The ministry announces the agreement number ${n} on ${TOPICS[n - 1]} with its neighbours, reference ${m}, concluded after three rounds of talks.</p>
<p>Under agreement ${n} the parties will set up a working group on ${TOPICS[n - 1]} that meets twice a year and reports to the ministers.</p>
<p>${FURNITURE}</p></article>
<aside class="sidebar"><h3>Related</h3><a href="/press/1">Agreement 1</a></aside>
<footer>© Ministry of Foreign Affairs. All rights reserved.</footer></body></html>`;
}

const listing = (pageNumber: number) => {
  const items = pageNumber === 1 ? [1, 2, 3] : [4];
  return `<!doctype html><html><head><title>Press releases</title>${pageNumber === 1 ? '<link rel="next" href="/press?page=2">' : ''}</head><body>
<header><nav><a href="/">Home</a> <a href="/about/the-ministry-and-its-long-history">The ministry and its long history</a></nav></header>
<main><h1>Press releases</h1><div class="view-content">
${items.map((n) => `<div class="views-row"><span>0${n}.09.2017</span><h3><a href="/press/${n}">Agreement ${n} on ${TOPICS[n - 1]} signed today</a></h3></div>`).join('\n')}
</div></main>
<aside class="sidebar"><a href="/archive/2016/some-popular-old-article">Some popular old article from the archive</a></aside>
<footer><a href="/contacts/addresses-of-all-missions">Addresses of all missions abroad</a></footer></body></html>`;
};

const sitemapIndex = (base: string) => `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>${base}/sitemap-news.xml</loc><lastmod>2017-09-06T10:00:00+00:00</lastmod></sitemap>
</sitemapindex>`;

const newsSitemap = (base: string) => `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>${base}/news/5</loc><lastmod>2017-09-05</lastmod><news:news><news:publication_date>2017-09-05</news:publication_date><news:title>Agreement 5</news:title></news:news></url>
<url><loc>${base}/news/6</loc><lastmod>2017-09-06</lastmod></url>
<url><loc>${base}/press/1</loc><lastmod>2017-09-01</lastmod></url>
</urlset>`;

describe('listing pages and sitemaps on a loopback server', () => {
  let server: Server;
  let base: string;
  let version = 1;
  const requests: string[] = [];
  const listingId = `listing-${m}`;
  const sitemapId = `sitemap-${m}`;

  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res) => {
      const url = req.url ?? '';
      requests.push(url);
      const conditional = (etag: string, type: string, body: () => string) => {
        if (req.headers['if-none-match'] === etag) return res.writeHead(304).end();
        return res.writeHead(200, { 'content-type': type, etag }).end(body());
      };
      if (url === '/robots.txt') return res.end('User-agent: *\nAllow: /\n');
      if (url === '/press') return conditional(`"l${m}"`, 'text/html; charset=utf-8', () => listing(1));
      if (url === '/press?page=2') return res.writeHead(200, { 'content-type': 'text/html' }).end(listing(2));
      if (url === '/sitemap.xml') return conditional(`"s${m}-${version}"`, 'application/xml', () => sitemapIndex(base));
      if (url === '/sitemap-news.xml') return res.writeHead(200, { 'content-type': 'application/xml' }).end(newsSitemap(base));
      const match = url.match(/^\/(press|news)\/(\d)$/);
      if (match) return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(match[1]!, Number(match[2])));
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    for (const id of [listingId, sitemapId]) await fetch(`${ingestUrl}/sources/${id}`, { method: 'DELETE' });
    server.closeAllConnections();
    server.close();
  });

  const put = (id: string, body: object) =>
    fetch(`${ingestUrl}/sources/${id}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const poll = async (id: string) => (await (await fetch(`${ingestUrl}/sources/${id}/poll`, { method: 'POST' })).json()) as Record<string, any>;
  const source = async (id: string) => (await (await fetch(`${ingestUrl}/sources/${id}`)).json()) as Record<string, any>;

  it('registers a listing and a sitemap, refusing a broken selector with a 400 naming it', async () => {
    const bad = await put(listingId, { kind: 'listing', url: `${base}/press`, itemSelector: 'div[', allowPrivateNetwork: true });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toMatch(/itemSelector/);
    // Disabled: only the polls below run, none of the background poller's.
    expect((await put(listingId, { kind: 'listing', url: `${base}/press`, maxPages: 3, enabled: false, allowPrivateNetwork: true })).status).toBe(201);
    expect((await put(sitemapId, { kind: 'sitemap', url: `${base}/sitemap.xml`, enabled: false, allowPrivateNetwork: true })).status).toBe(201);
    expect(await source(listingId)).toMatchObject({ kind: 'listing', maxPages: 3 });
  });

  it('a listing poll finds the release links of every page, not the menus or sidebars, and ingests each', async () => {
    const result = await poll(listingId);
    expect(result).toMatchObject({ notModified: false, items: 4, ingested: 4, rejected: 0 });
    expect(requests).toContain('/press?page=2');
    expect(requests.some((url) => url.startsWith('/about') || url.startsWith('/archive') || url.startsWith('/contacts'))).toBe(false);
  });

  it('a sitemap poll reads the index and its news sitemap; a page the listing brought is a duplicate', async () => {
    const result = await poll(sitemapId);
    expect(result).toMatchObject({ notModified: false, items: 3, ingested: 2, duplicates: 1, rejected: 0 });
  });

  it('each item is indexed once', async () => {
    const found = await eventually(() => searchAll(m), (r) => r.total >= 6);
    expect(found.total).toBe(6);
    expect(new Set(found.hits.map((h) => h.title)).size).toBe(6);
    expect(found.hits.filter((h) => h.source === sitemapId).length).toBe(2);
  });

  it('the next polls get 304 and add nothing', async () => {
    expect(await poll(listingId)).toMatchObject({ notModified: true, ingested: 0 });
    expect(await poll(sitemapId)).toMatchObject({ notModified: true, ingested: 0 });
    await new Promise((r) => setTimeout(r, 1500));
    expect((await searchAll(m)).total).toBe(6);
  });

  it('a changed index whose child sitemap kept its lastmod fetches nothing more', async () => {
    version = 2;
    const before = requests.length;
    expect(await poll(sitemapId)).toMatchObject({ notModified: false, items: 0, ingested: 0 });
    expect(requests.slice(before)).toEqual(['/sitemap.xml']);
  });

  const paragraphsOf = async (id: string) => ((await (await fetch(`${searchUrl}/releases/${id}`)).json()) as { paragraphs: string[] }).paragraphs;
  const listingHit = async (n: number) => (await searchAll(m)).hits.find((h) => h.source === listingId && h.title.startsWith(`Agreement ${n} `))!.id;

  it("learns the listing source's template: the fourth release comes without the shared line, the first still has it", async () => {
    expect(await paragraphsOf(await listingHit(4))).toEqual([expect.stringContaining('agreement number 4'), expect.stringContaining('Under agreement 4')]);
    expect(await paragraphsOf(await listingHit(1))).toContain(FURNITURE);
  });

  it('a replay strips the learnt template from the earlier releases too', async () => {
    const replay = await fetch(`${ingestUrl}/releases/replay`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ source: listingId }) });
    expect(((await replay.json()) as { replayed: number }).replayed).toBe(4);
    const first = await listingHit(1);
    const paragraphs = await eventually(() => paragraphsOf(first), (p) => !p.includes(FURNITURE));
    expect(paragraphs).toHaveLength(2);
  });

  it('keeps health for both', async () => {
    expect((await source(listingId)).health).toMatchObject({ state: 'ok', itemsIngested: 4, consecutiveFailures: 0 });
    expect((await source(sitemapId)).health).toMatchObject({ state: 'ok', itemsIngested: 2, consecutiveFailures: 0 });
  });
});
