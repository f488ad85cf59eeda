import { readFileSync } from 'node:fs';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifySignature } from '../services/feeds/src/delivery/webhook-signature.js';
import { kafkaClient } from './support/env.js';
import { api, closeClients, hex, indexedRelease, publishIndexed, readEvents, redeliver, webhookReceiver, type Subscription } from './support/feeds.js';
import { eventually, push } from './support/http.js';

const marker = () => `zf${hex(5)}`;
type DeliveryLog = Array<{ id: string; releaseId: string; status: string; attempts: Array<{ ok: boolean; statusCode: number | null }> }>;
type JsonFeed = { version: string; items: Array<{ id: string; title: string; _demarche: { why: Array<{ rule: string }>; alsoPublishedBy: Array<{ source: string }> } }> };

afterAll(closeClients);

describe('matching and webhook delivery', () => {
  const m = marker();
  const entity = `Q9${Date.now()}`;
  const entities = [
    { id: entity, name: `Envoy ${m}`, type: 'person' as const, role: 'special representative', mentions: [{ text: 'Special Representative', start: 4, end: 26, in: 'original' }] },
  ];
  const release = indexedRelease(m, { entities });
  const copy = indexedRelease(m, {
    entities,
    clusterId: release.id,
    source: { id: 'embassy.example.org', name: 'Embassy' },
    title: `Embassy copy: the Foreign Minister on the Korean peninsula ${m}`,
  });
  let hook: Awaited<ReturnType<typeof webhookReceiver>>;
  let everyHook: Awaited<ReturnType<typeof webhookReceiver>>;
  let sub: Subscription;
  let every: Subscription;
  let queryMiss: Subscription;

  beforeAll(async () => {
    hook = await webhookReceiver({ failFirst: 1 });
    everyHook = await webhookReceiver();
    const filter = { topics: ['korean-peninsula'], entities: [entity] };
    sub = (await api<Subscription>('/subscriptions', { method: 'POST', json: { name: 'korea', owner: m, filter, delivery: { webhook: { url: hook.url } } } })).body;
    every = (await api<Subscription>('/subscriptions', { method: 'POST', json: { name: 'every', owner: m, filter: { query: m }, delivery: { webhook: { url: everyHook.url }, everyCopy: true } } })).body;
    queryMiss = (await api<Subscription>('/subscriptions', { method: 'POST', json: { name: 'miss', owner: m, filter: { entities: [entity], query: `${m} -denuclearisation` } } })).body;
  });

  afterAll(async () => {
    await hook.close();
    await everyHook.close();
  });

  it('delivers a matching release exactly once, signed, retried after a failure, with why it matched', async () => {
    await publishIndexed(release);
    await redeliver(release); // a Kafka redelivery of the same event
    await eventually(async () => hook.accepted().length, (n) => n >= 1);
    await new Promise((r) => setTimeout(r, 3000));

    expect(hook.received.map((r) => r.status)).toEqual([500, 204]);
    const [failed, ok] = hook.received;
    expect(ok.headers['demarche-delivery']).toBe(failed.headers['demarche-delivery']);
    expect(verifySignature(sub.webhookSecret, ok.body, String(ok.headers['demarche-signature']))).toBe(true);
    expect(verifySignature(sub.webhookSecret, ok.body.replace(m, 'tampered'), String(ok.headers['demarche-signature']))).toBe(false);
    expect(ok.json.uri).toBe(`urn:demarche:release:${release.id}`);
    expect(ok.json.headlines[0].value).toBe(release.title);
    expect(ok.json.demarche.why.map((w) => `${w.rule}:${w.value}`)).toEqual(['topic:korean-peninsula', `entity:${entity}`]);
    expect(ok.json.demarche.why[0].evidence).toContain('keyword: Korean peninsula');
  });

  it('keeps every attempt in the delivery log, and redelivers on request', async () => {
    const log = (await api<DeliveryLog>(`/subscriptions/${sub.id}/deliveries`)).body;
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ releaseId: release.id, status: 'delivered' });
    expect(log[0].attempts.map((a) => [a.ok, a.statusCode])).toEqual([[false, 500], [true, 204]]);

    const res = await api(`/subscriptions/${sub.id}/deliveries/${log[0].id}/redeliver`, { method: 'POST' });
    expect(res.status).toBe(202);
    await eventually(async () => hook.accepted().length, (n) => n >= 2);
    expect(hook.accepted()[1].headers['demarche-delivery']).toBe(log[0].id);
    const after = (await api<DeliveryLog>(`/subscriptions/${sub.id}/deliveries`)).body;
    expect(after[0].attempts).toHaveLength(3);
    expect((await api(`/subscriptions/${sub.id}/deliveries/dlv_nope/redeliver`, { method: 'POST' })).status).toBe(404);
  });

  it('turns a syndicated copy into "also published by", except for a subscriber who wants every copy', async () => {
    await publishIndexed(copy);
    await eventually(async () => everyHook.accepted().length, (n) => n >= 2);
    await eventually(
      async () => (await api<JsonFeed>(`/subscriptions/${sub.id}/feed.json`)).body,
      (feed) => feed.items[0]?._demarche.alsoPublishedBy.length === 1,
    );
    await new Promise((r) => setTimeout(r, 2000));
    expect(hook.accepted()).toHaveLength(2); // the first delivery and the explicit redelivery, no alert for the copy
    const feed = (await api<JsonFeed>(`/subscriptions/${sub.id}/feed.json`)).body;
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]._demarche.alsoPublishedBy.map((c) => c.source)).toEqual(['embassy.example.org']);
    expect(everyHook.accepted().map((h) => h.json.demarche.releaseId).sort()).toEqual([release.id, copy.id].sort());
    const queryWhy = everyHook.accepted()[0].json.demarche.why.at(-1)! as { rule: string; terms?: string[]; fragments?: Array<{ field: string; language: string; fragments: string[] }> };
    expect(queryWhy.rule).toBe('query');
    // The webhook body says which words matched where, with the highlighted fragments.
    expect(queryWhy.terms).toContain(m);
    expect(queryWhy.fragments).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'title', language: 'en', fragments: [expect.stringContaining(`<mark>${m}</mark>`)] })]));
  });

  it('checks a query filter with Elasticsearch: an excluded word keeps a release out', async () => {
    const feed = (await api<JsonFeed>(`/subscriptions/${queryMiss.id}/feed.json`)).body;
    expect(feed.items).toHaveLength(0);
    const everyFeed = (await api<JsonFeed>(`/subscriptions/${every.id}/feed.json`)).body;
    expect(everyFeed.items).toHaveLength(2);
  });

  it('serves the subscription as Atom and RSS a standard parser reads, with ETag and 304', async () => {
    for (const format of ['atom', 'rss']) {
      const res = await api(`/subscriptions/${sub.id}/feed.${format}`);
      expect(res.status).toBe(200);
      const parsed = await new Parser().parseString(res.text);
      expect(parsed.items.map((i) => i.title)).toEqual([release.title]);
      const etag = res.headers.get('etag')!;
      expect(etag).toMatch(/^".+"$/);
      const again = await fetch(`${(await import('./support/feeds.js')).feedsUrl}/subscriptions/${sub.id}/feed.${format}`, { headers: { 'if-none-match': etag } });
      expect(again.status).toBe(304);
    }
    const json = (await api<JsonFeed>(`/subscriptions/${sub.id}/feed.json`)).body;
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
  });

  it('puts the release in the korean-peninsula topic feed and on its Kafka topic', async () => {
    const atom = await api('/feeds/korean-peninsula.atom');
    expect(atom.status).toBe(200);
    const parsed = await new Parser().parseString(atom.text);
    expect(parsed.items.map((i) => i.title)).toContain(release.title);
    expect(parsed.items.map((i) => i.title)).not.toContain(copy.title);
    expect((await api('/feeds/atlantis.atom')).status).toBe(404);

    const consumer = kafkaClient('feeds-e2e').consumer({ groupId: `feeds-e2e-${hex(4)}` });
    const keys: string[] = [];
    await consumer.connect();
    await consumer.subscribe({ topic: 'feeds.korean-peninsula.v1', fromBeginning: true });
    await consumer.run({ eachMessage: async ({ message }) => void keys.push(String(message.key)) });
    await eventually(async () => keys.filter((k) => k === release.id).length, (n) => n >= 1, 30_000);
    await new Promise((r) => setTimeout(r, 1000));
    await consumer.disconnect();
    expect(keys.filter((k) => k === release.id)).toHaveLength(1);
    expect(keys).not.toContain(copy.id);
  });
});

describe('live feed (SSE)', () => {
  it('streams new matches and resumes after Last-Event-ID', async () => {
    const m = marker();
    const sub = (await api<Subscription>('/subscriptions', { method: 'POST', json: { name: 'live', owner: m, filter: { query: m } } })).body;
    const url = `${(await import('./support/feeds.js')).feedsUrl}/subscriptions/${sub.id}/events`;
    const first = indexedRelease(m);
    const second = indexedRelease(m);

    const live = readEvents(url, 1);
    await new Promise((r) => setTimeout(r, 500));
    await publishIndexed(first);
    const [event] = await live;
    expect(event.event).toBe('item');
    expect(JSON.parse(event.data).demarche.releaseId).toBe(first.id);

    await publishIndexed(second); // published while the client is away
    await eventually(async () => (await api<JsonFeed>(`/subscriptions/${sub.id}/feed.json`)).body.items.length, (n) => n === 2);
    const resumed = await readEvents(url, 1, event.id, 10_000);
    expect(resumed.map((e) => JSON.parse(e.data).demarche.releaseId)).toEqual([second.id]);
    const replay = await readEvents(url, 2, '0', 10_000);
    expect(replay.map((e) => JSON.parse(e.data).demarche.releaseId)).toEqual([first.id, second.id]);
  });
});

describe('a real release through ingest', () => {
  it('subscribed to korean-peninsula, the seed pushed through the pipeline gives exactly one delivery', async () => {
    const m = marker();
    const hook = await webhookReceiver();
    try {
      const sub = (
        await api<Subscription>('/subscriptions', {
          method: 'POST',
          json: { name: 'korea', owner: m, filter: { topics: ['korean-peninsula'], query: m }, delivery: { webhook: { url: hook.url } } },
        })
      ).body;
      const seed = readFileSync(new URL('../samples/releases/lavrov-tillerson-telephone-conversation.txt', import.meta.url), 'utf8');
      const text = seed.replace(/^(.*)\n/, `$1 ${m}\n`);
      const res = await push(text, 'text/plain; charset=utf-8', `?source=embassy-${m}.example.org`);
      expect(res.status).toBe(202);
      await eventually(async () => hook.accepted().length, (n) => n >= 1, 90_000);
      await push(text, 'text/plain; charset=utf-8', `?source=embassy-${m}.example.org`);
      await new Promise((r) => setTimeout(r, 3000));
      expect(hook.accepted()).toHaveLength(1);
      expect(hook.accepted()[0].json.demarche.releaseId).toBe(res.body.id);
      expect(verifySignature(sub.webhookSecret, hook.accepted()[0].body, String(hook.accepted()[0].headers['demarche-signature']))).toBe(true);
      expect(hook.accepted()[0].json.demarche.why[0].evidence).toMatch(/search query of the topic feed|tagged/);
    } finally {
      await hook.close();
    }
  });
});
