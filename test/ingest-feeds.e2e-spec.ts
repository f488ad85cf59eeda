import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestUrl } from './support/env.js';
import { eventually } from './support/http.js';
import { searchAll } from './support/ingest-api.js';

const m = `zq${randomBytes(5).toString('hex')}`;

function page(n: number) {
  return `<!doctype html><html lang="en"><head><title>Statement ${n} ${m} | Ministry</title></head><body>
<nav><a href="/">Home</a> <a href="/press">Press</a></nav>
<article><h1>Statement ${n} on maritime cooperation ${m}</h1><p class="date">5 September 2017</p>
<p>The ministry welcomes the signing of the maritime cooperation memorandum number ${n}, reference ${m}, by the coastal states of the region.</p>
<p>The memorandum provides for joint search and rescue exercises, exchange of information on shipping and common rules for port inspections.</p>
<p>The ministry thanks all delegations for their constructive work and looks forward to the first meeting of the joint committee next year.</p></article>
<footer>© Ministry of Foreign Affairs. All rights reserved. Follow us on social media.</footer></body></html>`;
}

const feed = (base: string) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Ministry press releases</title><link>${base}/</link>
<item><title>Statement 1</title><link>${base}/releases/1.html</link><guid>${m}-1</guid><description>Short summary one.</description><pubDate>Tue, 05 Sep 2017 10:00:00 GMT</pubDate></item>
<item><title>Statement 2</title><link>${base}/releases/2.html</link><guid>${m}-2</guid><description>Short summary two.</description></item>
<item><title>Statement 3</title><link>${base}/private/3.html</link><guid>${m}-3</guid><description>Hidden by robots.</description></item>
</channel></rss>`;

describe('a registered RSS feed on a loopback server', () => {
  let server: Server;
  let base: string;
  const requests: { url: string; ifNoneMatch?: string }[] = [];
  const sourceId = `feed-${m}`;
  const blockedId = `blocked-${m}`;

  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res) => {
      requests.push({ url: req.url ?? '', ifNoneMatch: req.headers['if-none-match'] });
      if (req.url === '/robots.txt') return res.end('User-agent: *\nDisallow: /private/\n');
      if (req.url === '/feed.xml') {
        if (req.headers['if-none-match'] === `"${m}"`) return res.writeHead(304).end();
        return res.writeHead(200, { 'content-type': 'application/rss+xml', etag: `"${m}"` }).end(feed(base));
      }
      const match = req.url?.match(/^\/(releases|private)\/(\d)\.html$/);
      if (match) return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(Number(match[2])));
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    for (const id of [sourceId, blockedId]) await fetch(`${ingestUrl}/sources/${id}`, { method: 'DELETE' });
    server.closeAllConnections();
    server.close();
  });

  const put = (id: string, body: object) =>
    fetch(`${ingestUrl}/sources/${id}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const poll = async (id: string) => (await (await fetch(`${ingestUrl}/sources/${id}/poll`, { method: 'POST' })).json()) as Record<string, any>;
  const health = async (id: string) => ((await (await fetch(`${ingestUrl}/sources/${id}`)).json()) as { health: Record<string, any> }).health;

  it('registers the source, naming bad settings with a 400', async () => {
    const bad = await put(sourceId, { kind: 'gopher', url: 'ftp://x', timezone: 'Mars/Base' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toMatch(/kind.*url.*timezone|kind|url/);
    const res = await put(sourceId, { kind: 'rss', url: `${base}/feed.xml`, publisher: 'Ministry', country: 'FR', timezone: 'Europe/Paris', intervalSeconds: 3600, allowPrivateNetwork: true });
    expect(res.status).toBe(201);
  });

  it('first poll ingests each item from its full page, robots.txt obeyed', async () => {
    const result = await poll(sourceId);
    expect(result).toMatchObject({ notModified: false, items: 3, ingested: 2, rejected: 1 });
    expect(requests.map((r) => r.url)).toContain('/robots.txt');
    expect(requests.map((r) => r.url)).not.toContain('/private/3.html');
  });

  it('each item is indexed once', async () => {
    const found = await eventually(() => searchAll(m), (r) => r.total >= 2);
    expect(found.total).toBe(2);
    // The feed states each item's title: it is used as stated, not re-read from the page's headline.
    expect(found.hits.map((h) => h.title).sort()).toEqual(['Statement 1', 'Statement 2']);
    expect(found.hits.every((h) => h.source === sourceId)).toBe(true);
  });

  it('the next poll gets 304 and adds nothing', async () => {
    const result = await poll(sourceId);
    expect(result).toMatchObject({ notModified: true, ingested: 0 });
    expect(requests.at(-1)).toEqual({ url: '/feed.xml', ifNoneMatch: `"${m}"` });
    await new Promise((r) => setTimeout(r, 1500));
    expect((await searchAll(m)).total).toBe(2);
  });

  it('keeps per-source health', async () => {
    expect(await health(sourceId)).toMatchObject({ state: 'ok', itemsSeen: 3, itemsIngested: 2, itemsRejected: 1, consecutiveFailures: 0 });
  });

  it('refuses to fetch a loopback address for a source that is not allow-listed', async () => {
    expect((await put(blockedId, { kind: 'feed', url: `${base}/feed.xml`, intervalSeconds: 3600 })).status).toBe(201);
    const before = requests.length;
    const result = await poll(blockedId);
    expect(result.error).toMatchObject({ code: 'FETCH.BLOCKED_ADDRESS' });
    expect(requests.length).toBe(before);
    expect(await health(blockedId)).toMatchObject({ state: 'failing', lastErrorCode: 'FETCH.BLOCKED_ADDRESS', consecutiveFailures: 1 });
  });
});
