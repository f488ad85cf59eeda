import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scrapedRelease } from '@demarche/testing';
import { bootstrapElasticsearch } from '../scripts/bootstrap.mjs';
import { startServices, stopServices, waitReady } from '../scripts/lib/services.mjs';
import { push } from './support/http.js';
import { metricValue, scrape, startGroupAtEnd, withAdmin } from './support/ops.js';

/**
 * Two instances each of enrich and index in one consumer group per stage, on the
 * 3-partition topics; one of each is killed (SIGKILL, no goodbye) mid-stream. The group
 * rebalances its partitions to the survivors, which resume from the last committed offsets:
 * every release reaches the index, none twice. Releases come in through the shared test
 * pipeline (ingest, translate); these instances have their own groups and index alias.
 */
const run = randomBytes(4).toString('hex');
const prefix = `demarche-scale-${run}`;
const alias = `releases-scale-${run}`;
const esUrl = process.env.ELASTICSEARCH_URL ?? 'http://127.0.0.1:9200';
const RELEASES = 24;

type Started = ReturnType<typeof startServices>;

function startPair(offset: number): Started {
  return startServices(
    {
      ENRICH_PORT: String(28184 + offset),
      INDEX_PORT: String(28185 + offset),
      NODE_ENV: 'test',
      LOG_FORMAT: 'json',
      KAFKA_GROUP_PREFIX: prefix,
      ELASTICSEARCH_ALIAS: alias,
      CONSUMER_LAG_INTERVAL_MS: '1000',
    },
    { quiet: !process.env.DEMARCHE_TEST_LOGS, only: ['enrich', 'index'] },
  );
}

async function indexedIds(ids: string[]): Promise<string[]> {
  const res = await fetch(`${esUrl}/${alias}/_search`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: { ids: { values: ids } }, size: ids.length * 2, _source: false }),
  });
  const body = (await res.json()) as { hits: { hits: Array<{ _id: string }> } };
  return body.hits.hits.map((h) => h._id);
}

async function groupMembers(groupId: string): Promise<number> {
  const { groups } = await withAdmin((admin) => admin.describeGroups([groupId]));
  return groups[0]?.state === 'Stable' ? groups[0].members.length : -1;
}

async function until(check: () => Promise<boolean>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

describe('scale-out: two instances per stage, one killed mid-stream', () => {
  let first: Started;
  let second: Started;
  const ids: string[] = [];

  beforeAll(async () => {
    await bootstrapElasticsearch(esUrl, alias);
    // New groups start at the end of the shared topics: only this run's releases matter.
    await startGroupAtEnd(`${prefix}.enrich`, ['releases.translated.v1']);
    await startGroupAtEnd(`${prefix}.index`, ['releases.enriched.v1']);
    first = startPair(0);
    second = startPair(100);
    await waitReady([...first, ...second]);
    await until(async () => (await groupMembers(`${prefix}.enrich`)) === 2, 60_000, 'two enrich members');
    await until(async () => (await groupMembers(`${prefix}.index`)) === 2, 60_000, 'two index members');
  }, 180_000);

  afterAll(async () => {
    await stopServices([...(first ?? []), ...(second ?? [])]);
    await withAdmin((admin) => admin.deleteGroups([`${prefix}.enrich`, `${prefix}.index`])).catch(() => undefined);
    const indices = await fetch(`${esUrl}/_alias/${alias}`).then((r) => (r.ok ? r.json() : {}));
    for (const index of Object.keys(indices as object)) await fetch(`${esUrl}/${index}`, { method: 'DELETE' });
  });

  it('indexes every release exactly once although one enrich and one index instance die', async () => {
    const pushOne = async (i: number) => {
      const res = await push(scrapedRelease(`zs${run}n${i}x${randomBytes(3).toString('hex')}`).text);
      expect(res.status).toBe(202);
      ids.push(res.body.id as string);
    };
    for (let i = 0; i < RELEASES / 2; i++) await pushOne(i);
    // Mid-stream: once some of the first half is indexed, kill one instance of each stage.
    await until(async () => (await indexedIds(ids)).length > 0, 90_000, 'the first releases indexed');
    const [enrichVictim, indexVictim] = [second.find((s) => s.name === 'enrich')!, second.find((s) => s.name === 'index')!];
    enrichVictim.child.kill('SIGKILL');
    indexVictim.child.kill('SIGKILL');
    for (let i = RELEASES / 2; i < RELEASES; i++) await pushOne(i);

    // The broker reassigns the dead members' partitions after their session times out (30 s).
    await until(async () => (await indexedIds(ids)).length === RELEASES, 150_000, `${RELEASES} releases indexed`);
    const indexed = await indexedIds(ids);
    expect(new Set(indexed).size).toBe(RELEASES);
    expect(indexed).toHaveLength(RELEASES);
    expect([...indexed].sort()).toEqual([...new Set(ids)].sort());

    // The survivors now own every partition, and nothing this run published was dead-lettered.
    expect(await groupMembers(`${prefix}.index`)).toBe(1);
    const survivor = await scrape(first.find((s) => s.name === 'index')!.port);
    expect(metricValue(survivor, 'demarche_messages_consumed_total', { topic: 'releases.enriched.v1', outcome: 'processed' })).toBeGreaterThan(0);
    expect(metricValue(survivor, 'demarche_messages_consumed_total', { topic: 'releases.enriched.v1', outcome: 'dead_lettered' })).toBe(0);
  });
});
