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
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { bootstrapKafka } from '../scripts/bootstrap.mjs';
import { pickDatabaseUrl } from '../scripts/lib/database.mjs';
import { root } from '../scripts/lib/services.mjs';
import { htmlReport } from './pipeline/report.mjs';
import { runPipeline } from './pipeline/run.mjs';

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

const databaseUrl = values.sqlite ? undefined : await pickDatabaseUrl(process.env.BENCH_DATABASE_URL ?? 'postgres://demarche:demarche@127.0.0.1:5432/demarche_test');
if (!databaseUrl) delete process.env.DATABASE_URL;
const startedAt = new Date().toISOString();
await bootstrapKafka();

const plans = [
  { translation: 'off', targets: '', releases: Number(values.releases) },
  { translation: 'on', targets: 'en,es', releases: Number(values['translated-releases']) },
].filter((p) => !values.only || p.translation === values.only);

const runs = [];
const options = { databaseUrl, batch: BATCH, concurrency: CONCURRENCY, timeoutMs: TIMEOUT_MS, steadyLoad: !values['no-steady'], bulkBatch: Number(values['bulk-batch']) };
for (const plan of plans) runs.push(await runPipeline(plan, options));

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
