import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deadLetterTopic, Topics } from '@demarche/contracts';
import { createElasticClient, ensureReleasesIndex, toReleaseDocument } from '@demarche/elastic';
import { buildCorpus } from './fixtures/corpus/corpus.js';
import { EnrichedProducer } from './support/enriched-producer.js';
import { kafkaClient, searchUrl, TEST_ALIAS } from './support/env.js';
import { eventually } from './support/http.js';

const marker = `zi${randomBytes(4).toString('hex')}`;
const corpus = buildCorpus(marker).map(({ template, ...r }) => (void template, r));
const ours = new Set(corpus.map((r) => r.id));
const producer = new EnrichedProducer();
const kafka = kafkaClient('demarche-e2e-index');
const consumer = kafka.consumer({ groupId: `e2e-index-${marker}` });
const indexed = new Map<string, { index: string; revision: number; title: string }[]>();
const deadLetters = new Map<string, Record<string, string>>();
const es = createElasticClient(process.env.ELASTICSEARCH_URL ?? 'http://127.0.0.1:9200');

const getDoc = async (id: string) => {
  const res = await fetch(`${searchUrl}/releases/${id}`);
  return res.status === 200 ? ((await res.json()) as { revision: number; title: string; entityKeys: string[] }) : undefined;
};

beforeAll(async () => {
  await producer.connect();
  await consumer.connect();
  const joined = new Promise((resolve) => consumer.on(consumer.events.GROUP_JOIN, resolve));
  await consumer.subscribe({ topics: [Topics.ReleaseIndexedV1, deadLetterTopic(Topics.ReleaseEnrichedV1)], fromBeginning: false });
  await consumer.run({
    eachMessage: async ({ topic, message }) => {
      const key = message.key?.toString() ?? '';
      if (topic === Topics.ReleaseIndexedV1) {
        const event = JSON.parse(message.value!.toString()) as { id: string; index: string; revision: number; title: string };
        if (!ours.has(event.id)) return;
        indexed.set(key, [...(indexed.get(key) ?? []), event]);
      } else {
        // Other services consume releases.enriched.v1 too: keep only what the index service parked.
        const headers = Object.fromEntries(Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v)]));
        if (headers['x-stage'] === 'index') deadLetters.set(key, headers);
      }
    },
  });
  // Subscribing from the end: wait until the group has its partitions before producing.
  await joined;
  await new Promise((r) => setTimeout(r, 1000));
}, 30_000);

afterAll(async () => {
  await consumer.disconnect();
  await producer.disconnect();
  await es.close();
});

describe('the index service', () => {
  it('indexes a burst of releases in bulk and announces each once acknowledged', async () => {
    const burst = corpus.slice(0, 40);
    await producer.send(burst);
    await eventually(async () => burst.filter((r) => indexed.has(r.id)).length, (n) => n === burst.length, 60_000);
    for (const r of burst) {
      const events = indexed.get(r.id)!;
      expect(events[0].index).toMatch(new RegExp(`^${TEST_ALIAS}-v\\d+$`));
      // Announced after the write: the document is there when the event is.
      expect((await getDoc(r.id))?.revision).toBe(r.revision);
    }
    const doc = await getDoc(burst[0].id);
    expect(doc?.entityKeys).toContain(`person|${burst[0].entities[0].id}|${burst[0].entities[0].name}`);
  });

  it('never lets an older revision overwrite a newer one, and does not announce it', async () => {
    const base = corpus[40];
    const newer = { ...base, revision: 5_000, title: `${base.title} newer` };
    const older = { ...base, revision: 4_000, title: `${base.title} older` };
    await producer.send([newer]);
    await eventually(() => getDoc(base.id), (d) => d?.revision === 5_000);
    await producer.send([older]);
    // A later release on the same partition (same key) proves the older one was processed.
    const after = { ...base, revision: 5_000, title: `${base.title} newer` };
    await producer.send([after]);
    await eventually(async () => indexed.get(base.id)?.length ?? 0, (n) => n >= 2, 30_000);
    expect((await getDoc(base.id))?.title).toBe(newer.title);
    expect(indexed.get(base.id)!.map((e) => e.revision)).toEqual([5_000, 5_000]);
  });

  it('dead-letters a document Elasticsearch rejects, with the reason, while its neighbours are indexed', async () => {
    // A keyword longer than Lucene's 32766-byte term limit: valid for the contract, refused by Elasticsearch.
    const rejected = { ...corpus[41], eventType: 'x'.repeat(40_000) };
    const neighbour = corpus[42];
    await producer.send([rejected, neighbour]);
    await eventually(async () => deadLetters.has(rejected.id) && indexed.has(neighbour.id), Boolean, 60_000);
    expect(deadLetters.get(rejected.id)).toMatchObject({ 'x-stage': 'index', 'x-error-code': 'INDEX.REJECTED', 'x-attempts': '1' });
    expect(deadLetters.get(rejected.id)!['x-error']).toMatch(/immense term|400/);
    expect(await getDoc(rejected.id)).toBeUndefined();
    expect(indexed.has(rejected.id)).toBe(false);
  });
});

describe('demarche reindex', () => {
  const alias = `reindex-${marker}`;
  const run = promisify(execFile);

  afterAll(async () => {
    const versions = Object.keys(await es.indices.get({ index: `${alias}-v*` }));
    if (versions.length > 0) await es.indices.delete({ index: versions });
    await es.indices.deleteIndexTemplate({ name: `${alias}-template` }, { ignore: [404] });
  });

  it('copies every document into a new index version and swaps the alias', async () => {
    const created = await ensureReleasesIndex(es, alias);
    const docs = corpus.slice(0, 25).map((r) => {
      // Documents as an older index held them: without the facet keys added since.
      const { entityKeys: _keys, entityRoles: _roles, topicKeys: _topics, ...doc } = toReleaseDocument(r, new Date().toISOString());
      return doc;
    });
    await es.bulk({ refresh: true, operations: docs.flatMap((d) => [{ index: { _index: alias, _id: d.id, version: d.revision, version_type: 'external' as const } }, d]) });

    const { stdout } = await run('node', ['bin/demarche.mjs', 'reindex', '--alias', alias, '--batch', '10']);
    expect(stdout).toMatch(/reindex: done .*copied=25 .*docs_new=25/);

    const aliases = await es.indices.getAlias({ name: alias });
    const [current] = Object.keys(aliases);
    expect(Object.keys(aliases)).toHaveLength(1);
    expect(current).not.toBe(created.index);
    expect(current).toMatch(new RegExp(`^${alias}-v\\d+$`));
    expect((await es.count({ index: alias })).count).toBe(25);
    // The old version is kept (rollback) and the copy has the fields recomputed.
    expect((await es.indices.exists({ index: created.index! }))).toBe(true);
    const copy = await es.get<{ entityKeys: string[] }>({ index: alias, id: docs[0].id });
    expect(copy._source!.entityKeys.length).toBeGreaterThan(0);
    expect(copy._version).toBe(docs[0].revision);
  }, 60_000);

  it('refuses bad arguments', async () => {
    await expect(run('node', ['bin/demarche.mjs', 'reindex', '--batch', 'lots'])).rejects.toMatchObject({ code: 2 });
  });
});
