// One measured pipeline run: the services started on a run's own groups, alias and store, the
// releases pushed at saturation (and at a steady rate), latency per stage, CPU per release, and the
// same documents bulk-written straight into Elasticsearch as the baseline.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServices, stopServices, waitReady } from '../../scripts/lib/services.mjs';
import { allDocuments, createAlias, deleteGroups, directBulk, dropAlias, elastic, kafkaAdmin, startRunGroupsAtEnd, waitGroupsStable } from './cluster.mjs';
import { cpuPerItem, cpuReading } from './cpu.mjs';
import { ledgerTimes, pushAndWait } from './push.mjs';
import { makeRelease } from './releases.mjs';
import { stageBreakdown, summarize } from './report.mjs';

const PORTS = { SEARCH_PORT: 29080, INGEST_PORT: 29081, FEEDS_PORT: 29082, TRANSLATE_PORT: 29083, ENRICH_PORT: 29084, INDEX_PORT: 29085 };
const INGEST = `http://127.0.0.1:${PORTS.INGEST_PORT}`;
const WARM_UP = 30;
const round1 = (v) => Math.round(v * 10) / 10;

/** One run: the six services on the run's groups and alias, the releases pushed and measured, then the baseline. */
export async function runPipeline(plan, { databaseUrl, batch, concurrency, timeoutMs, steadyLoad, bulkBatch }) {
  const run = `${randomBytes(3).toString('hex')}${plan.translation}`;
  const prefix = `demarche-bench-pipeline-${run}`;
  const alias = `releases-bench-${run}`;
  const source = `bench-${run}.example.org`;
  const sqliteDir = databaseUrl ? undefined : mkdtempSync(join(tmpdir(), 'bench-pipeline-'));
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
    const push = { ingestUrl: INGEST, batchSize: batch, concurrency };
    const warm = await pushAndWait(es, alias, Array.from({ length: WARM_UP }, (_, i) => makeRelease(i, { run: `${run}w`, source })), 120_000, push);
    console.log(`warm-up: ${warm.records.length} releases searchable`);

    const releases = Array.from({ length: plan.releases }, (_, i) => makeRelease(i, { run, source, seed: 7 }));
    const avgBytes = Math.round(releases.reduce((n, r) => n + Buffer.byteLength(JSON.stringify(r)), 0) / releases.length);
    const pids = { ...Object.fromEntries(services.map((s) => [s.name, s.child.pid])), bench: process.pid };
    const cpuBefore = cpuReading(pids);
    const { records, firstPushAt, lastSearchableAt, rejected } = await pushAndWait(es, alias, releases, timeoutMs, push);
    const cpu = cpuPerItem(cpuBefore, cpuReading(pids), records.length);
    const seconds = (lastSearchableAt - firstPushAt) / 1000;
    const throughputRps = round1(records.length / seconds);
    const lastAcceptedAt = Math.max(...records.map((r) => r.acceptedAt));
    console.log(`pushed ${releases.length} (~${avgBytes} B each, ${rejected} rejected), all accepted in ${((lastAcceptedAt - firstPushAt) / 1000).toFixed(1)} s; ` +
      `${records.length} searchable in ${seconds.toFixed(1)} s → ${throughputRps} releases/s`);

    await ledgerTimes(INGEST, records);
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
    if (plan.translation === 'off' && steadyLoad) {
      const rate = round1(throughputRps / 2);
      const paced = Array.from({ length: Math.min(1000, Math.ceil(rate * 20)) }, (_, i) => makeRelease(i, { run: `${run}s`, source, seed: 11 }));
      const { records: steadyRecords } = await pushAndWait(es, alias, paced, timeoutMs, { ...push, rate, batchSize: 5 });
      steady = { rate, releases: steadyRecords.length, latency: summarize(steadyRecords.map((r) => r.times.searchable - r.acceptedAt)) };
      console.log(`steady load, ${steady.releases} releases at ${rate}/s in batches of 5: accepted→searchable ms p50 ${steady.latency.p50}  p95 ${steady.latency.p95}  p99 ${steady.latency.p99}`);
    }
    const directBefore = cpuReading({ bench: process.pid });
    const direct = await directBulk(es, alias, docs, bulkBatch);
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
    return {
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
