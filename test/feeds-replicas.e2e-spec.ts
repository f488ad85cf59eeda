import type { ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Client } from '@elastic/elasticsearch';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cloudEventHeaders, EventTypes, Topics } from '@demarche/contracts';
import { toReleaseDocument } from '@demarche/elastic';
import { pickDatabaseUrl } from '../scripts/lib/database.mjs';
import { startGroupsAtEnd } from '../scripts/lib/topics.mjs';
import { kafkaClient, TEST_ALIAS } from './support/env.js';
import { api, hex, indexedRelease, readEvents } from './support/feeds.js';
import { feedsReady, spawnFeeds } from './support/feeds-instance.js';
import { eventually } from './support/http.js';

/**
 * Two feeds replicas in one consumer group over one database of their own, as KEDA runs them: an
 * SSE client connected to one replica gets every item of its feed, also those the other replica
 * matched, once and in order, and resumes on the other replica with its Last-Event-ID.
 */
const run = hex(4);
const GROUP_PREFIX = `demarche-test-live-${run}`;
const PORTS = [18195, 18196];
const bases = PORTS.map((p) => `http://127.0.0.1:${p}`);
const noTopicFeeds = `.data/feeds-live-${run}.yaml`;
const sqlite = `.data/feeds-live-${run}.sqlite`;
let adminUrl: string | undefined;
let databaseUrl: string | undefined;
const children: ChildProcess[] = [];
/** Release ids each replica logged as matched. */
const matchedBy: Array<Set<string>> = [new Set(), new Set()];

function start(i: number) {
  const child = spawnFeeds({ port: PORTS[i], groupPrefix: GROUP_PREFIX, topicFeedsFile: noTopicFeeds, databaseUrl, sqlitePath: sqlite, extra: { LIVE_POLL_MS: '100' } }, 'pipe');
  createInterface({ input: child.stdout! }).on('line', (line) => {
    if (process.env.DEMARCHE_TEST_LOGS) console.log(`[feeds ${i}] ${line}`);
    if (!line.includes('release matched')) return;
    try {
      const { releaseId } = JSON.parse(line) as { releaseId?: string };
      if (releaseId) matchedBy[i].add(releaseId);
    } catch {
      // not a JSON log line
    }
  });
  children.push(child);
  return feedsReady(bases[i]);
}

const kafka = kafkaClient(`feeds-live-${run}`);

beforeAll(async () => {
  // A database of their own: the shared test feeds instance must not match these releases too.
  adminUrl = await pickDatabaseUrl(process.env.DATABASE_URL ?? 'postgres://demarche:demarche@127.0.0.1:5432/demarche_test');
  if (adminUrl) {
    const name = `demarche_test_live_${run}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
  }
  mkdirSync('.data', { recursive: true });
  writeFileSync(noTopicFeeds, 'feeds: []\n');
  const admin = kafka.admin();
  await admin.connect();
  try {
    await startGroupsAtEnd(admin, { [`${GROUP_PREFIX}.feeds`]: [Topics.ReleaseIndexedV1] });
  } finally {
    await admin.disconnect();
  }
  // One after the other: the first runs the migrations.
  await start(0);
  await start(1);
  const groupAdmin = kafka.admin();
  await groupAdmin.connect();
  await eventually(
    async () => (await groupAdmin.describeGroups([`${GROUP_PREFIX}.feeds`])).groups[0],
    (g) => g?.state === 'Stable' && g.members.length === 2,
    60_000,
  );
  await groupAdmin.disconnect();
});

afterAll(async () => {
  await Promise.all(children.map((c) => new Promise<void>((resolve) => (c.exitCode !== null ? resolve() : (c.once('exit', () => resolve()), c.kill('SIGTERM'))))));
  rmSync(noTopicFeeds, { force: true });
  rmSync(sqlite, { force: true });
  if (adminUrl && databaseUrl) {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${new URL(databaseUrl).pathname.slice(1)}`);
    await admin.end();
  }
});

describe('live items on every replica', () => {
  it('streams the items both replicas matched to a client of one, once, in order, and resumes on the other', async () => {
    const m = `zl${hex(5)}`;
    const sub = (await api<{ id: string }>('/subscriptions', { method: 'POST', json: { name: 'live', owner: m, filter: { query: m } } }, bases[0])).body;
    await new Promise((r) => setTimeout(r, 3500)); // both replicas' subscription caches
    const releases = Array.from({ length: 6 }, () => indexedRelease(m));

    const stream = readEvents(`${bases[0]}/subscriptions/${sub.id}/events`, releases.length, undefined, 60_000);
    await new Promise((r) => setTimeout(r, 500));
    const elastic = new Client({ node: process.env.ELASTICSEARCH_URL ?? 'http://127.0.0.1:9200' });
    const producer = kafka.producer();
    await producer.connect();
    try {
      for (const r of releases) await elastic.index({ index: TEST_ALIAS, id: r.id, document: toReleaseDocument(r, r.indexedAt), refresh: 'wait_for' });
      // Two releases on each partition: each replica owns at least one of the three.
      await producer.send({
        topic: Topics.ReleaseIndexedV1,
        messages: releases.map((r, i) => ({ key: r.id, partition: i % 3, value: JSON.stringify(r), headers: cloudEventHeaders(EventTypes.ReleaseIndexedV1, 'feeds-e2e') })),
      });
    } finally {
      await producer.disconnect();
      await elastic.close();
    }
    const events = await stream;
    const ids = events.map((e) => (JSON.parse(e.data) as { demarche: { releaseId: string } }).demarche.releaseId);
    expect(new Set(ids)).toEqual(new Set(releases.map((r) => r.id)));
    expect(ids).toHaveLength(releases.length);
    const seqs = events.map((e) => Number(e.id));
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    // The point of the test: the client of replica 0 got what replica 1 matched. A replica's log
    // line may reach us after the item reached the client: wait for every match to be logged.
    const logged = () => releases.filter((r) => matchedBy[0].has(r.id)).length + releases.filter((r) => matchedBy[1].has(r.id)).length;
    expect(await eventually(async () => logged(), (n) => n === releases.length, 10_000)).toBe(releases.length);
    expect(releases.filter((r) => matchedBy[1].has(r.id)).length).toBeGreaterThan(0);

    // Resume on the other replica after the third event: the rest, in the same order.
    const resumed = await readEvents(`${bases[1]}/subscriptions/${sub.id}/events`, 3, events[2].id, 20_000);
    expect(resumed.map((e) => e.id)).toEqual(events.slice(3).map((e) => e.id));
  });
});
