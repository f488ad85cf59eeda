import { readFileSync } from 'node:fs';
import { type IHeaders } from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cloudEventHeaders, deadLetterTopic, EventTypes, Topics } from '@demarche/contracts';
import { kafkaClient } from './support/env.js';
import { api, hex, indexedRelease } from './support/feeds.js';
import { eventually } from './support/http.js';
import { DlqWatcher } from './support/hostile/dlq-watcher.js';
import { readiness, type ServiceName } from './support/hostile/health.js';

/**
 * Schema-invalid messages on each stage's input topic: each lands in `<topic>.dlq` with an
 * x-error-code naming the problem, the consumer stays ready, and a valid message sent right
 * after the poison is still processed.
 */
const run = `hk${hex(5)}`;
const feedSource = `hostile-${run}.example.org`;
let subscriptionId: string;

const stages = [
  { name: 'ingested', topic: Topics.ReleaseIngestedV1, type: EventTypes.ReleaseIngestedV1, consumer: 'translate' },
  { name: 'translated', topic: Topics.ReleaseTranslatedV1, type: EventTypes.ReleaseTranslatedV1, consumer: 'enrich' },
  { name: 'enriched', topic: Topics.ReleaseEnrichedV1, type: EventTypes.ReleaseEnrichedV1, consumer: 'index' },
  { name: 'indexed', topic: Topics.ReleaseIndexedV1, type: EventTypes.ReleaseIndexedV1, consumer: 'feeds' },
] as const satisfies ReadonlyArray<{ name: string; topic: string; type: string; consumer: ServiceName }>;

type Stage = (typeof stages)[number];

const sample = (stage: Stage): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../libs/contracts/src/release-${stage.name}/fixtures/v1.sample.json`, import.meta.url), 'utf8'));

/** A valid event of the stage's contract, unique to this run. */
function validEvent(stage: Stage): Record<string, unknown> & { id: string; title: string } {
  if (stage.name === 'indexed') return indexedRelease(`${run} ${stage.name}`, { source: { id: feedSource, name: 'Hostile', country: 'KR' } }) as unknown as Record<string, unknown> & { id: string; title: string };
  const id = `rel_${hex(12)}`;
  return { ...sample(stage), id, clusterId: id, revision: Date.now(), contentHash: hex(32), title: `Hostile follow-up ${run} ${stage.name}` } as Record<string, unknown> & { id: string; title: string };
}

interface PoisonCase {
  label: string;
  value: (stage: Stage) => string;
  headers?: (stage: Stage) => IHeaders;
  code: string;
  reason: RegExp;
}

const ce = (stage: Stage, overrides: Record<string, string> = {}) => ({ ...cloudEventHeaders(stage.type, 'hostile-e2e'), ...overrides });

const poison: PoisonCase[] = [
  { label: 'not JSON', value: () => '{"id": "rel_0", "title": ', code: 'CONTRACT.NOT_JSON', reason: /not JSON/ },
  { label: 'wrong ce_type', value: (s) => JSON.stringify(validEvent(s)), headers: (s) => ce(s, { ce_type: 'com.example.invoice.created.v1' }), code: 'CONTRACT.WRONG_TYPE', reason: /invoice/ },
  { label: 'wrong spec version', value: (s) => JSON.stringify(validEvent(s)), headers: (s) => ce(s, { ce_specversion: '0.3' }), code: 'CONTRACT.SPEC_VERSION', reason: /spec version "0\.3"/ },
  { label: 'unknown contract version', value: (s) => JSON.stringify(validEvent(s)), headers: (s) => ce(s, { ce_type: s.type.replace(/\.v1$/, '.v9') }), code: 'CONTRACT.WRONG_TYPE', reason: /\.v9/ },
  { label: 'missing required fields', value: () => '{}', code: 'CONTRACT.INVALID', reason: /title/ },
  { label: 'wrong field types', value: (s) => JSON.stringify({ ...validEvent(s), title: 42, paragraphs: 'one string' }), code: 'CONTRACT.INVALID', reason: /title|paragraphs/ },
  { label: 'missing id', value: (s) => JSON.stringify({ ...validEvent(s), id: undefined }), code: 'CONTRACT.INVALID', reason: /\bid\b/ },
  { label: 'huge message (900 KB title)', value: (s) => JSON.stringify({ ...validEvent(s), title: 'x'.repeat(900_000) }), code: 'CONTRACT.INVALID', reason: /title/ },
];

const cases = stages.flatMap((stage) => poison.map((p, i) => ({ stage, poison: p, key: `${run}-${stage.name}-${i}` })));
const kafka = kafkaClient('hostile-kafka-e2e');
const producer = kafka.producer();
const watcher = new DlqWatcher(stages.map((s) => deadLetterTopic(s.topic)), run);
const followUps = new Map<string, { id: string; title: string }>();
const goodOffsets = new Map<string, number>();

/** The consumer group's committed offset on partition 0: past the good message means it was processed. */
async function committed(stage: Stage): Promise<number> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const [topic] = await admin.fetchOffsets({ groupId: `demarche-test.${stage.consumer}`, topics: [stage.topic] });
    return Number(topic.partitions.find((p) => p.partition === 0)?.offset ?? -1);
  } finally {
    await admin.disconnect();
  }
}

beforeAll(async () => {
  const created = await api<{ id: string }>('/subscriptions', { method: 'POST', json: { name: `Hostile ${run}`, owner: 'hostile-kafka', filter: { sources: [feedSource] } } });
  subscriptionId = created.body.id;
  await watcher.start();
  await producer.connect();
  for (const stage of stages) {
    // One send each: the broker's size limit applies to a whole record batch, and one of these is 900 KB.
    // All on one partition, poison first: the consumer must get past every one to reach the good message.
    for (const c of cases.filter((x) => x.stage === stage)) {
      await producer.send({ topic: stage.topic, messages: [{ key: c.key, partition: 0, value: c.poison.value(stage), headers: c.poison.headers?.(stage) ?? ce(stage) }] });
    }
    const good = validEvent(stage);
    followUps.set(stage.name, good);
    const [sent] = await producer.send({ topic: stage.topic, messages: [{ key: good.id, partition: 0, value: JSON.stringify(good), headers: ce(stage) }] });
    goodOffsets.set(stage.name, Number(sent.baseOffset));
  }
  await eventually(async () => watcher.found.length, (n) => n >= cases.length, 60_000);
}, 120_000);

afterAll(async () => {
  await api(`/subscriptions/${subscriptionId}`, { method: 'DELETE' });
  await watcher.stop();
  await producer.disconnect();
  const { closeClients } = await import('./support/feeds.js');
  await closeClients();
});

describe('schema-invalid Kafka messages', () => {
  it.each(cases.map((c) => [`${c.stage.topic}: ${c.poison.label}`, c] as const))('%s → dead letter with its reason', async (_label, c) => {
    const letter = await eventually(async () => watcher.byKey(c.key), (m) => m !== undefined, 10_000);
    expect(letter, `no dead letter for ${c.key}`).toBeDefined();
    expect(letter!.topic).toBe(deadLetterTopic(c.stage.topic));
    expect(letter!.headers['x-error-code']).toBe(c.poison.code);
    expect(letter!.headers['x-error']).toMatch(c.poison.reason);
    expect(letter!.headers['x-original-topic']).toBe(c.stage.topic);
    expect(await readiness(c.stage.consumer)).toBe(200);
  });

  it.each(stages.map((s) => [s.consumer, s] as const))('the %s consumer goes on: it commits past a valid message sent after the poison', async (_consumer, stage) => {
    const offset = goodOffsets.get(stage.name)!;
    const at = await eventually(() => committed(stage), (o) => o > offset, 60_000);
    expect(at).toBeGreaterThan(offset);
    expect(await readiness(stage.consumer)).toBe(200);
  });

  it('the feeds consumer matched the valid indexed release, and none of the wrongly typed copies of it', async () => {
    const good = followUps.get('indexed')!;
    const feed = await eventually(
      async () => (await api<{ items: Array<{ id: string; title: string }> }>(`/subscriptions/${subscriptionId}/feed.json`)).body,
      (f) => f.items?.length > 0,
      30_000,
    );
    expect(feed.items.map((i) => i.title)).toEqual([good.title]);
  });
});
