import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DependencyUnavailableError } from '@demarche/kafka';
import type { Repository } from 'typeorm';
import type { PollingConfig } from '../config/ingest.config.js';
import type { IngestInput, IngestOutcome } from '../releases/release-event.js';
import { UnprocessableReleaseError } from '../releases/release.errors.js';
import type { ReleasesService } from '../releases/releases.service.js';
import { FeedPollerService } from './feed-poller.service.js';
import type { SourceItemRecord } from './source-item.entity.js';
import type { SourceRecord } from './source.entity.js';

const paragraph = 'The Foreign Minister met his counterpart to discuss fisheries, maritime security and scholarships for students.';
const rssItem = (n: number) =>
  `<item><guid>urn:release:${n}</guid><title>Release ${n}</title><link>http://feed.test/news/${n}</link><pubDate>Sat, 03 Mar 2018 10:15:00 GMT</pubDate><description><![CDATA[<p>${paragraph} Item ${n}.</p>]]></description></item>`;
const rss = (items: number[]) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Embassy news</title>${items.map(rssItem).join('')}</channel></rss>`;

/** The publisher's site: /feed.xml with an ETag, honouring If-None-Match; no robots.txt. */
let server: Server;
let feedUrl = '';
let feed = { status: 200, items: [1, 2], etag: '"v1"' };
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url !== '/feed.xml') return void res.writeHead(404).end();
    if (req.headers['if-none-match'] === feed.etag) return void res.writeHead(304).end();
    res.writeHead(feed.status, { 'content-type': 'application/rss+xml', etag: feed.etag }).end(rss(feed.items));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  feedUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}/feed.xml`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));
beforeEach(() => (feed = { status: 200, items: [1, 2], etag: '"v1"' }));

function newTestPoller(ingest: (input: IngestInput) => Promise<IngestOutcome>) {
  const items = new Map<string, SourceItemRecord>();
  const itemsRepo = {
    existsBy: async (where: { itemKey: string }) => items.has(where.itemKey),
    findOneBy: async (where: { itemKey: string }) => items.get(where.itemKey) ?? null,
    save: async (row: SourceItemRecord) => void items.set(row.itemKey, row),
  } as unknown as Repository<SourceItemRecord>;
  const sourcesRepo = { save: async (s: SourceRecord) => s } as unknown as Repository<SourceRecord>;
  const config = { hostMinIntervalMs: 0, fetch: { maxBytes: 1024 * 1024, timeoutMs: 5000, maxRedirects: 0 } } as PollingConfig;
  return { poller: new FeedPollerService(sourcesRepo, itemsRepo, { ingest } as unknown as ReleasesService, config), items };
}

const source = (): SourceRecord =>
  ({ id: 'embassy-nz', kind: 'feed', url: feedUrl, publisher: 'Embassy in Wellington', country: 'NZ', language: null, timezone: null, intervalSeconds: 600, enabled: true, fetchPages: false, allowPrivateNetwork: true, itemSelector: null, nextSelector: null, maxPages: 1, etag: null, lastModified: null, nextPollAt: null, lastPolledAt: null, lastSuccessAt: null, lastError: null, lastErrorCode: null, lastErrorAt: null, consecutiveFailures: 0, itemsSeen: 0, itemsIngested: 0, itemsRejected: 0 }) as SourceRecord;
const accepted = async (input: IngestInput): Promise<IngestOutcome> => ({ id: `rel_${input.title}`, status: 'accepted', title: input.title!, language: 'en' });

describe('FeedPollerService', () => {
  it('ingests each new feed item with what the feed states, and keeps the validators', async () => {
    const seen: IngestInput[] = [];
    const { poller, items } = newTestPoller(async (input) => (seen.push(input), accepted(input)));
    const s = source();
    const result = await poller.poll(s);
    expect(result).toMatchObject({ items: 2, ingested: 2, known: 0, rejected: 0, notModified: false });
    expect(seen.map((i) => i.title)).toEqual(['Release 1', 'Release 2']);
    expect(seen[0]).toMatchObject({ sourceId: 'embassy-nz', sourceName: 'Embassy in Wellington', dateSource: 'feed', registeredSource: true, url: 'http://feed.test/news/1' });
    expect([...items.values()].map((i) => i.outcome)).toEqual(['accepted', 'accepted']);
    expect(s).toMatchObject({ etag: '"v1"', consecutiveFailures: 0, itemsIngested: 2, itemsSeen: 2 });
    expect(Date.parse(s.nextPollAt!) - Date.parse(s.lastPolledAt!)).toBe(600_000);
  });

  it('skips known items and sends the ETag back: an unchanged feed is a 304', async () => {
    const { poller } = newTestPoller(accepted);
    const s = source();
    await poller.poll(s);
    expect(await poller.poll(s)).toMatchObject({ notModified: true, items: 0, ingested: 0 });
    feed = { ...feed, items: [1, 2, 3], etag: '"v2"' };
    expect(await poller.poll(s)).toMatchObject({ items: 3, known: 2, ingested: 1 });
  });

  it('records a refused item with its code and goes on with the others', async () => {
    const { poller, items } = newTestPoller(async (input) => {
      if (input.title === 'Release 1') throw new UnprocessableReleaseError('INGEST.BINARY', 'the body is binary data');
      return accepted(input);
    });
    const s = source();
    expect(await poller.poll(s)).toMatchObject({ ingested: 1, rejected: 1 });
    expect([...items.values()].map((i) => i.outcome)).toEqual(['rejected:INGEST.BINARY', 'accepted']);
    expect(s.itemsRejected).toBe(1);
  });

  it('stops at an outage without recording the item or the validators, and backs off', async () => {
    const { poller, items } = newTestPoller(async () => Promise.reject(new DependencyUnavailableError('kafka', 'broker down')));
    const s = source();
    const result = await poller.poll(s);
    expect(result.error).toEqual({ code: 'INGEST.DEPENDENCY_UNAVAILABLE', message: 'kafka unavailable: broker down' });
    expect(items.size).toBe(0);
    expect(s).toMatchObject({ etag: null, consecutiveFailures: 1, lastErrorCode: 'INGEST.DEPENDENCY_UNAVAILABLE' });
    expect(Date.parse(s.nextPollAt!) - Date.parse(s.lastPolledAt!)).toBe(2 * 600_000);
  });

  it('reports a feed that answers an error status as FETCH.HTTP', async () => {
    feed = { ...feed, status: 503 };
    const { poller } = newTestPoller(accepted);
    const s = source();
    expect((await poller.poll(s)).error?.code).toBe('FETCH.HTTP');
    expect(s.consecutiveFailures).toBe(1);
  });
});
