#!/usr/bin/env node
// End to end: N releases pushed through ingest's HTTP API (`POST /releases/batch`, NDJSON) travel
// ingest → translate → enrich → index → Elasticsearch. Measures throughput (releases/s from the
// first push to the last release searchable) and accepted-to-searchable latency p50/p95/p99 with
// a per-stage breakdown from the ingest ledger's stage times; then bulk-writes the same final
// documents straight into a fresh index from the same template (the baseline) and prints the
// ratio. Two runs: translation off (TRANSLATION_TARGETS empty: releases pass through) and on
// (en,es through the stack's Apertium; fewer releases, Apertium being the slow part).
//
//   node bench/pipeline.mjs [--releases 2000] [--translated-releases 400] [--batch 50]
//                           [--concurrency 4] [--sqlite] [--only off|on] [--timeout-s 300] [--no-steady]
//
// Pushing as fast as it can, the run measures latency at saturation. Without translation it then
// pushes at half the measured rate, in batches of 5, for latency under a steady load.
//
// It also reads the CPU time of each service and of the whole machine (Linux /proc) per release,
// for the pipeline and the baseline: the CPU a release costs bounds the ratio on a given machine.
//
// Each run starts the six services from their build (`npx tsc -b`) on ports 29080–29085 with
// consumer groups of its own (committed at the topics' end first, so they skip the shared
// history), an alias of its own (removed afterwards) and PostgreSQL `demarche_test` when it
// answers (BENCH_DATABASE_URL to choose another; --sqlite for a fresh SQLite dir). Writes
// bench/results/pipeline-<timestamp>.json and .html. Don't run it while the e2e tests or a chaos run use the stack.
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { bootstrapKafka } from '../scripts/bootstrap.mjs';
import { pickDatabaseUrl } from '../scripts/lib/database.mjs';
import { root, startServices, stopServices, waitReady } from '../scripts/lib/services.mjs';
import {
  allDocuments,
  createAlias,
  deleteGroups,
  directBulk,
  dropAlias,
  elastic,
  kafkaAdmin,
  startRunGroupsAtEnd,
  waitGroupsStable,
} from './pipeline/cluster.mjs';
import { cpuPerItem, cpuReading } from './pipeline/cpu.mjs';
import { makeRelease } from './pipeline/releases.mjs';
import { htmlReport, stageBreakdown, summarize } from './pipeline/report.mjs';

const { values } = parseArgs({
  options: {
    releases: { type: 'string', default: '2000' },
    'translated-releases': { type: 'string', default: '400' },
    batch: { type: 'string', default: '50' },
    concurrency: { type: 'string', default: '4' },
    'bulk-batch': { type: 'string', default: '500' },
    'no-steady': { type: 'boolean', default: false },
    'timeout-s': { type: 'string', default: '300' },
    only: { type: 'string' },
    sqlite: { type: 'boolean', default: false },
  },
});
const BATCH = Number(values.batch);
const CONCURRENCY = Number(values.concurrency);
const TIMEOUT_MS = Number(values['timeout-s']) * 1000;
const PORTS = { SEARCH_PORT: 29080, INGEST_PORT: 29081, FEEDS_PORT: 29082, TRANSLATE_PORT: 29083, ENRICH_PORT: 29084, INDEX_PORT: 29085 };
const INGEST = `http://127.0.0.1:${PORTS.INGEST_PORT}`;
const WARM_UP = 30;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const databaseUrl = values.sqlite ? undefined : await pickDatabaseUrl(process.env.BENCH_DATABASE_URL ?? 'postgres://demarche:demarche@127.0.0.1:5432/demarche_test');
if (!databaseUrl) delete process.env.DATABASE_URL;
const startedAt = new Date().toISOString();
await bootstrapKafka();

const plans = [
  { translation: 'off', targets: '', releases: Number(values.releases) },
  { translation: 'on', targets: 'en,es', releases: Number(values['translated-releases']) },
].filter((p) => !values.only || p.translation === values.only);

const runs = [];
for (const plan of plans) runs.push(await runPipeline(plan));

const result = {
  startedAt,
  database: databaseUrl ? 'PostgreSQL' : 'SQLite',
  push: { endpoint: 'POST /releases/batch', linesPerRequest: BATCH, concurrentRequests: CONCURRENCY },
  runs,
};
const stamp = startedAt.replace(/[-:]/g, '').replace(/\..*/, '');
const dir = join(root, 'bench/results');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, `pipeline-${stamp}.json`), JSON.stringify(result, null, 2));
writeFileSync(join(dir, `pipeline-${stamp}.html`), htmlReport(result));
console.log(`results: bench/results/pipeline-${stamp}.json, bench/results/pipeline-${stamp}.html`);

const off = runs.find((r) => r.translation === 'off');
const on = runs.find((r) => r.translation === 'on');
console.log(
  `bench: releases=${off?.releases ?? 0} translation=off throughput_rps=${off?.throughputRps ?? 'na'} direct_bulk_rps=${off?.directBulk ? Math.round(off.directBulk.rps) : 'na'} ` +
    `throughput_ratio=${off?.throughputRatio ?? 'na'} cpu_ms_per_release=${off?.cpu.msPerItem.total ?? 'na'} direct_cpu_ms_per_doc=${off?.directBulk.cpu.msPerItem.total ?? 'na'} ceiling_ratio=${off?.ceilingRatio ?? 'na'} p50_ms=${off?.latency.p50 ?? 'na'} p95_ms=${off?.latency.p95 ?? 'na'} p99_ms=${off?.latency.p99 ?? 'na'} ` +
    `steady_rps=${off?.steady?.rate ?? 'na'} steady_p99_ms=${off?.steady?.latency.p99 ?? 'na'} ` +
    `translated_releases=${on?.releases ?? 0} translated_throughput_rps=${on?.throughputRps ?? 'na'} translated_p99_ms=${on?.latency.p99 ?? 'na'}`,
);

async function runPipeline(plan) {
  const run = `${randomBytes(3).toString('hex')}${plan.translation}`;
  const prefix = `demarche-bench-pipeline-${run}`;
  const alias = `releases-bench-${run}`;
  const source = `bench-${run}.example.org`;
  const sqliteDir = databaseUrl ? undefined : mkdtempSync(join(tmpdir(), 'bench-pipeline-'));
  let outcome;
  const admin = kafkaAdmin();
  const es = elastic();
  await admin.connect();
  let services = [];
  console.log(`\n── translation ${plan.translation}: ${plan.releases} releases (run ${run}, ${databaseUrl ? 'PostgreSQL' : 'SQLite'})`);
  try {
    await createAlias(es, alias);
    await startRunGroupsAtEnd(admin, prefix);
    services = startServices(
      {
        ...PORTS,
        NODE_ENV: 'production',
        LOG_FORMAT: 'json',
        LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
        KAFKA_GROUP_PREFIX: prefix,
        ELASTICSEARCH_ALIAS: alias,
        TRANSLATION_TARGETS: plan.targets,
        TRANSLATION_SOURCE_TARGETS: '',
        SOURCES_FILE: '',
        ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { SQLITE_DIR: sqliteDir }),
      },
      { quiet: !process.env.DEMARCHE_BENCH_LOGS },
    );
    await waitReady(services);
    await waitGroupsStable(admin, prefix);

    // Warm-up (JIT, connections, Apertium's pipelines), not measured.
    const warm = await pushAndWait(es, alias, Array.from({ length: WARM_UP }, (_, i) => makeRelease(i, { run: `${run}w`, source })), 120_000);
    console.log(`warm-up: ${warm.records.length} releases searchable`);

    const releases = Array.from({ length: plan.releases }, (_, i) => makeRelease(i, { run, source, seed: 7 }));
    const avgBytes = Math.round(releases.reduce((n, r) => n + Buffer.byteLength(JSON.stringify(r)), 0) / releases.length);
    const pids = { ...Object.fromEntries(services.map((s) => [s.name, s.child.pid])), bench: process.pid };
    const cpuBefore = cpuReading(pids);
    const { records, firstPushAt, lastSearchableAt, rejected } = await pushAndWait(es, alias, releases, TIMEOUT_MS);
    const cpu = cpuPerItem(cpuBefore, cpuReading(pids), records.length);
    const seconds = (lastSearchableAt - firstPushAt) / 1000;
    const throughputRps = round1(records.length / seconds);
    const lastAcceptedAt = Math.max(...records.map((r) => r.acceptedAt));
    console.log(`pushed ${releases.length} (~${avgBytes} B each, ${rejected} rejected), all accepted in ${((lastAcceptedAt - firstPushAt) / 1000).toFixed(1)} s; ` +
      `${records.length} searchable in ${seconds.toFixed(1)} s → ${throughputRps} releases/s`);

    await ledgerTimes(records);
    const latency = summarize(records.map((r) => r.times.searchable - r.acceptedAt));
    const pushToSearchable = summarize(records.map((r) => r.times.searchable - r.pushedAt));
    const stages = stageBreakdown(records);
    console.log(`accepted→searchable ms: p50 ${latency.p50}  p95 ${latency.p95}  p99 ${latency.p99}  max ${latency.max}`);
    console.log(`request sent→searchable ms (incl. waiting in the batch): p50 ${pushToSearchable.p50}  p99 ${pushToSearchable.p99}`);
    for (const [stage, s] of Object.entries(stages)) console.log(`  ${stage.padEnd(24)} p50 ${s.p50}  p95 ${s.p95}  p99 ${s.p99}  max ${s.max}`);

    const measured = new Map(records.map((r) => [r.id, r]));
    const docs = (await allDocuments(es, alias)).filter((d) => measured.has(d.id));
    // When the index service took each message (its `indexedAt`), apart from the ledger's view.
    for (const doc of docs) measured.get(doc.id).times.indexing = Date.parse(doc.indexedAt);
    const indexDetail = {
      'enriched→index took it': summarize(records.map((r) => r.times.indexing - r.times.enriched)),
      'index took it→searchable': summarize(records.map((r) => r.times.searchable - r.times.indexing)),
    };
    for (const [stage, s] of Object.entries(indexDetail)) console.log(`  ${stage.padEnd(24)} p50 ${s.p50}  p95 ${s.p95}  p99 ${s.p99}  max ${s.max}`);
    // Latency under a steady load at half the rate just measured, in small batches, as feeds and
    // newsroom pushes arrive (the figures above are at saturation, where queues set the latency).
    let steady;
    if (plan.translation === 'off' && !values['no-steady']) {
      const rate = round1(throughputRps / 2);
      const paced = Array.from({ length: Math.min(1000, Math.ceil(rate * 20)) }, (_, i) => makeRelease(i, { run: `${run}s`, source, seed: 11 }));
      const { records: steadyRecords } = await pushAndWait(es, alias, paced, TIMEOUT_MS, { rate, batchSize: 5 });
      steady = { rate, releases: steadyRecords.length, latency: summarize(steadyRecords.map((r) => r.times.searchable - r.acceptedAt)) };
      console.log(`steady load, ${steady.releases} releases at ${rate}/s in batches of 5: accepted→searchable ms p50 ${steady.latency.p50}  p95 ${steady.latency.p95}  p99 ${steady.latency.p99}`);
    }
    const directBefore = cpuReading({ bench: process.pid });
    const direct = await directBulk(es, alias, docs, Number(values['bulk-batch']));
    const directCpu = cpuPerItem(directBefore, cpuReading({ bench: process.pid }), direct.docs);
    const throughputRatio = Number((throughputRps / direct.rps).toFixed(3));
    console.log(`direct _bulk of the same ${direct.docs} documents (batches of ${direct.batchSize}): ${direct.rps.toFixed(0)} docs/s → ratio ${throughputRatio}`);
    // The most the pipeline could do with every core busy at the CPU it spends per release, against the baseline.
    const ceilingRatio = Number(((cpu.cores * 1000) / cpu.msPerItem.total / direct.rps).toFixed(3));
    console.log(
      `CPU ms per release (machine ${cpu.machineBusyPct}% busy, ${cpu.cores} cores): ` +
        Object.entries(cpu.msPerItem).map(([name, ms]) => `${name === 'rest' ? 'Kafka+Elasticsearch+PostgreSQL' : name} ${ms}`).join(', ') +
        `; direct _bulk ${directCpu.msPerItem.total} per document (machine ${directCpu.machineBusyPct}% busy). With every core busy the pipeline would reach ` +
        `${Math.round((cpu.cores * 1000) / cpu.msPerItem.total)} releases/s: ratio ceiling ${ceilingRatio}`,
    );
    outcome = {
      translation: plan.translation,
      targets: plan.targets,
      releases: plan.releases,
      searchable: records.length,
      rejected,
      avgPushBytes: avgBytes,
      avgDocumentBytes: Math.round(docs.reduce((n, d) => n + Buffer.byteLength(JSON.stringify(d)), 0) / Math.max(1, docs.length)),
      seconds: round1(seconds),
      throughputRps,
      latency,
      pushToSearchable,
      stages,
      indexDetail,
      ingestAcceptRps: round1(records.length / ((lastAcceptedAt - firstPushAt) / 1000)),
      directBulk: { ...direct, rps: round1(direct.rps), seconds: Number(direct.seconds.toFixed(3)), cpu: directCpu },
      throughputRatio,
      cpu,
      ceilingRatio,
      ...(steady ? { steady } : {}),
    };
    return outcome;
  } catch (error) {
    for (const s of services) console.error(`── ${s.name} (last lines)\n${s.output.slice(-15).join('\n')}`);
    throw error;
  } finally {
    await stopServices(services);
    await deleteGroups(admin, prefix);
    await admin.disconnect();
    await dropAlias(es, alias);
    await es.close();
    if (sqliteDir) rmSync(sqliteDir, { recursive: true, force: true });
  }
}

/** Pushes the releases in NDJSON batches (CONCURRENCY requests at a time) while polling for them in Elasticsearch. */
async function pushAndWait(es, alias, releases, timeoutMs, { rate, batchSize = BATCH } = {}) {
  const records = new Map(); // id → { pushedAt, acceptedAt, times }
  let rejected = 0;
  let pushing = true;
  const firstPushAt = Date.now();
  const deadline = firstPushAt + timeoutMs;

  const poller = (async () => {
    let lastSearchableAt = firstPushAt;
    for (;;) {
      const unseen = [...records.entries()].filter(([, r]) => r.times.searchable === undefined).map(([id]) => id);
      if (!pushing && unseen.length === 0) return lastSearchableAt;
      if (Date.now() > deadline) throw new Error(`${unseen.length} releases not searchable after ${timeoutMs} ms`);
      if (unseen.length > 0) {
        const res = await es.search({ index: alias, size: unseen.length, _source: false, query: { ids: { values: unseen } } });
        const now = Date.now();
        for (const hit of res.hits.hits) {
          records.get(hit._id).times.searchable = now;
          lastSearchableAt = now;
        }
      }
      await sleep(50);
    }
  })();

  const batches = [];
  for (let i = 0; i < releases.length; i += batchSize) batches.push(releases.slice(i, i + batchSize));
  let next = 0;
  const pushers = Array.from({ length: Math.min(CONCURRENCY, batches.length) }, async () => {
    while (next < batches.length) {
      const k = next++;
      const batch = batches[k];
      // At a given rate, batch k leaves at its slot; otherwise as soon as a request is free.
      if (rate) await sleep(firstPushAt + (k * batchSize * 1000) / rate - Date.now());
      const pushedAt = Date.now();
      for await (const line of postBatch(batch)) {
        if (line.status === 'accepted' || line.status === 'updated') {
          records.set(line.id, { pushedAt, acceptedAt: Date.now(), times: {} });
        } else {
          rejected++;
          if (rejected <= 3) console.warn(`rejected: ${JSON.stringify(line)}`);
        }
      }
    }
  });
  try {
    await Promise.all(pushers);
  } finally {
    pushing = false;
  }
  const lastSearchableAt = await poller;
  const list = [...records.entries()].map(([id, r]) => ({ id, ...r }));
  return { records: list, firstPushAt, lastSearchableAt, rejected };
}

/** POST /releases/batch; yields each result line as it arrives (its time is when that release was accepted). */
async function* postBatch(releases) {
  const res = await fetch(`${INGEST}/releases/batch`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-ndjson' },
    body: releases.map((r) => JSON.stringify(r)).join('\n') + '\n',
  });
  if (!res.ok) throw new Error(`batch: HTTP ${res.status} ${await res.text()}`);
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of res.body) {
    buffer += decoder.decode(chunk, { stream: true });
    let at;
    while ((at = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, at).trim();
      buffer = buffer.slice(at + 1);
      if (line) yield JSON.parse(line);
    }
  }
  if (buffer.trim()) yield JSON.parse(buffer);
}

/** Fills each record's stage times from `GET /releases/{id}/status`, waiting a while for the ledger to catch up. */
async function ledgerTimes(records) {
  const deadline = Date.now() + 60_000;
  let missing = records;
  while (missing.length > 0) {
    let next = 0;
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (next < missing.length) {
          const record = missing[next++];
          const res = await fetch(`${INGEST}/releases/${record.id}/status`);
          if (!res.ok) continue;
          const { stages } = await res.json();
          for (const [stage, at] of Object.entries(stages)) if (at) record.times[stage] = Date.parse(at);
        }
      }),
    );
    missing = records.filter((r) => r.times.indexed === undefined);
    if (missing.length === 0 || Date.now() > deadline) break;
    await sleep(1000);
  }
  if (missing.length > 0) console.warn(`ledger: ${missing.length} releases without an indexed time after 60 s`);
}

function round1(v) {
  return Math.round(v * 10) / 10;
}
