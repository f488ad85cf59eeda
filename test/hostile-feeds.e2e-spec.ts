import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestUrl } from './support/env.js';
import { hex } from './support/feeds.js';
import { hostileFeedServer } from './support/hostile/feed-server.js';
import { readiness } from './support/hostile/health.js';

/**
 * Hostile feed sources on one loopback server: every poll fails with the reason in the source's
 * health, nothing is ingested, ingest stays ready and the poller goes on (a good source polled
 * after them still ingests). Sources that are not allow-listed never reach a non-public address.
 */
const run = `hf${hex(5)}`;
let server: Awaited<ReturnType<typeof hostileFeedServer>>;
const created: string[] = [];

const put = async (id: string, body: object) => {
  const res = await fetch(`${ingestUrl}/sources/${id}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ kind: 'rss', intervalSeconds: 86_400, ...body }) });
  created.push(id);
  return res.status;
};
const poll = async (id: string) => (await (await fetch(`${ingestUrl}/sources/${id}/poll`, { method: 'POST' })).json()) as Record<string, any>;
const health = async (id: string) => ((await (await fetch(`${ingestUrl}/sources/${id}`)).json()) as { health: Record<string, any> }).health;

interface FeedCase {
  name: string;
  /** Path on the loopback server, or a whole URL. */
  target: string | ((base: string, port: number) => string);
  allowPrivateNetwork: boolean;
  code: string;
  says?: RegExp;
}

const allowListed: FeedCase[] = [
  { name: 'malformed RSS', target: '/malformed.xml', allowPrivateNetwork: true, code: 'EXTRACT.BAD_FEED' },
  { name: 'an HTML page served as a feed', target: '/not-a-feed.xml', allowPrivateNetwork: true, code: 'EXTRACT.BAD_FEED' },
  { name: 'an empty feed response', target: '/empty.xml', allowPrivateNetwork: true, code: 'EXTRACT.BAD_FEED' },
  { name: 'binary bytes as a feed', target: '/binary.xml', allowPrivateNetwork: true, code: 'EXTRACT.BAD_FEED' },
  { name: 'billion-laughs XML', target: '/lol.xml', allowPrivateNetwork: true, code: 'EXTRACT.XML_ENTITIES', says: /entities/ },
  { name: 'external entity (XXE) to file:///etc/passwd', target: '/xxe.xml', allowPrivateNetwork: true, code: 'EXTRACT.XML_ENTITIES', says: /entities/ },
  { name: 'gzip bomb response (50 MB inflated)', target: '/gzip-bomb.xml', allowPrivateNetwork: true, code: 'FETCH.TOO_LARGE', says: /decompressed/ },
  { name: 'huge declared response (200 MB)', target: '/huge.xml', allowPrivateNetwork: true, code: 'FETCH.TOO_LARGE' },
  { name: 'endless response', target: '/endless.xml', allowPrivateNetwork: true, code: 'FETCH.TOO_LARGE' },
  { name: 'redirect into the metadata address', target: '/to-metadata.xml', allowPrivateNetwork: true, code: 'FETCH.BLOCKED_ADDRESS', says: /169\.254\.169\.254/ },
  { name: 'redirect into 10.0.0.1', target: '/to-private.xml', allowPrivateNetwork: true, code: 'FETCH.BLOCKED_ADDRESS' },
  { name: 'redirect to [::1] (another host than the allow-listed one)', target: '/to-ipv6-loopback.xml', allowPrivateNetwork: true, code: 'FETCH.BLOCKED_ADDRESS' },
  { name: 'redirect to localhost (another host than the allow-listed one)', target: '/to-localhost.xml', allowPrivateNetwork: true, code: 'FETCH.BLOCKED_ADDRESS' },
  { name: 'redirect to file://', target: '/to-file.xml', allowPrivateNetwork: true, code: 'FETCH.SCHEME' },
  { name: 'redirect to gopher://', target: '/to-gopher.xml', allowPrivateNetwork: true, code: 'FETCH.SCHEME' },
  { name: 'redirect loop', target: '/loop.xml', allowPrivateNetwork: true, code: 'FETCH.TOO_MANY_REDIRECTS' },
  { name: 'feed disallowed by robots.txt', target: '/private/feed.xml', allowPrivateNetwork: true, code: 'FETCH.ROBOTS' },
  { name: 'HTTP 500', target: '/status-500.xml', allowPrivateNetwork: true, code: 'FETCH.HTTP' },
];

const notAllowListed: FeedCase[] = [
  { name: '127.0.0.1 (loopback)', target: (b) => `${b}/good.xml`, allowPrivateNetwork: false, code: 'FETCH.BLOCKED_ADDRESS' },
  { name: 'localhost (a name resolving to loopback)', target: (_b, p) => `http://localhost:${p}/good.xml`, allowPrivateNetwork: false, code: 'FETCH.BLOCKED_ADDRESS' },
  { name: '[::1]', target: (_b, p) => `http://[::1]:${p}/good.xml`, allowPrivateNetwork: false, code: 'FETCH.BLOCKED_ADDRESS' },
  { name: 'IPv4-mapped [::ffff:127.0.0.1]', target: (_b, p) => `http://[::ffff:127.0.0.1]:${p}/good.xml`, allowPrivateNetwork: false, code: 'FETCH.BLOCKED_ADDRESS' },
  { name: '0.0.0.0', target: (_b, p) => `http://0.0.0.0:${p}/good.xml`, allowPrivateNetwork: false, code: 'FETCH.BLOCKED_ADDRESS' },
  { name: '10.0.0.1', target: 'http://10.0.0.1/feed.xml', allowPrivateNetwork: false, code: 'FETCH.BLOCKED_ADDRESS' },
  { name: '172.16.0.1', target: 'http://172.16.0.1/feed.xml', allowPrivateNetwork: false, code: 'FETCH.BLOCKED_ADDRESS' },
  { name: '192.168.0.1', target: 'http://192.168.0.1/feed.xml', allowPrivateNetwork: false, code: 'FETCH.BLOCKED_ADDRESS' },
  { name: '169.254.169.254 (cloud metadata)', target: 'http://169.254.169.254/latest/meta-data/', allowPrivateNetwork: false, code: 'FETCH.BLOCKED_ADDRESS' },
  { name: '[fc00::1] (unique local)', target: 'http://[fc00::1]/feed.xml', allowPrivateNetwork: false, code: 'FETCH.BLOCKED_ADDRESS' },
  { name: '[fe80::1] (link-local)', target: 'http://[fe80::1]/feed.xml', allowPrivateNetwork: false, code: 'FETCH.BLOCKED_ADDRESS' },
];

const urlOf = (c: FeedCase) => (typeof c.target === 'function' ? c.target(server.base, server.port) : c.target.startsWith('/') ? `${server.base}${c.target}` : c.target);
let slow: Promise<Record<string, any>>;

beforeAll(async () => {
  server = await hostileFeedServer(run);
  // A trickling response runs into FETCH_TIMEOUT_MS: started first, checked last, so its wait overlaps the rest.
  expect(await put(`${run}-slow`, { url: `${server.base}/slow.xml`, allowPrivateNetwork: true })).toBe(201);
  slow = poll(`${run}-slow`);
});

afterAll(async () => {
  await slow?.catch(() => undefined);
  for (const id of created) await fetch(`${ingestUrl}/sources/${id}`, { method: 'DELETE' });
  await server?.close();
});

async function expectPollFails(id: string, c: FeedCase) {
  expect(await put(id, { url: urlOf(c), allowPrivateNetwork: c.allowPrivateNetwork })).toBe(201);
  const result = await poll(id);
  expect(result.error, JSON.stringify(result)).toMatchObject({ code: c.code });
  if (c.says) expect(result.error.message).toMatch(c.says);
  expect(result.ingested).toBe(0);
  expect(await health(id)).toMatchObject({ state: 'failing', lastErrorCode: c.code, itemsIngested: 0 });
  expect(await readiness('ingest')).toBe(200);
}

describe('a hostile feed source (allow-listed to reach the loopback server)', () => {
  it.each(allowListed.map((c, i) => [c.name, c, i] as const))('%s → the source fails with its reason, nothing ingested', async (_name, c, i) => {
    await expectPollFails(`${run}-a${i}`, c);
  });

  it('endless slow response → FETCH.TIMEOUT', async () => {
    const result = await slow;
    expect(result.error).toMatchObject({ code: 'FETCH.TIMEOUT' });
    expect(result.ingested).toBe(0);
    expect(await health(`${run}-slow`)).toMatchObject({ state: 'failing', lastErrorCode: 'FETCH.TIMEOUT' });
  }, 60_000);
});

describe('an SSRF target for a source that is not allow-listed', () => {
  it.each(notAllowListed.map((c, i) => [c.name, c, i] as const))('%s → FETCH.BLOCKED_ADDRESS, never contacted', async (_name, c, i) => {
    const before = server.requests.length;
    await expectPollFails(`${run}-b${i}`, c);
    expect(server.requests.slice(before)).toEqual([]);
  });
});

describe('after all that', () => {
  it('the poller goes on: a good source polled now is ingested', async () => {
    expect(await put(`${run}-good`, { url: `${server.base}/good.xml`, allowPrivateNetwork: true })).toBe(201);
    const result = await poll(`${run}-good`);
    expect(result).toMatchObject({ items: 1, ingested: 1 });
    expect(result.error).toBeUndefined();
    expect(await health(`${run}-good`)).toMatchObject({ state: 'ok', itemsIngested: 1 });
    expect(await readiness('ingest')).toBe(200);
  });
});
