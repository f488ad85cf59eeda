#!/usr/bin/env node
// Releases per second through enrichment as the enrich service runs it: the statistical
// recogniser (CoreNLP for en/fr/es/de/zh, natasha for ru, over HTTP, NER_CONCURRENCY requests
// in flight) then the knowledge base, over a generated corpus of ~3,000-character releases in
// the six UN languages (bench/enrich-corpus.mjs; Arabic has no model: knowledge base only).
// Prints wall releases/s and tokens/s, CPU ms per release (this process and the recognisers,
// from /proc) and resident memory, with the machine's load. A baseline runs first in the same
// run, on the same machine load: the knowledge base alone, then one request in flight.
// `--instances N` forks N enrich instances (bench/enrich-run.mjs) sharing the corpus, as N
// instances of one consumer group share its partitions. Needs `deploy/local/stack up corenlp
// natasha` and `npx tsc -b`:
//   node bench/enrich.mjs [--releases 600] [--concurrency 4] [--instances 1] [--baseline-releases 120] [--kb-only]
import { fork } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { generateCorpus, LANGUAGES } from './enrich-corpus.mjs';
import { enricher, run } from './enrich-run.mjs';
import { sampleRecognisers } from './recogniser-procs.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const KB_ONLY = process.argv.includes('--kb-only');
const RELEASES = arg('releases', KB_ONLY ? 3000 : 600);
const CONCURRENCY = arg('concurrency', 4);
const INSTANCES = arg('instances', 1);
const BASELINE_RELEASES = KB_ONLY ? 0 : arg('baseline-releases', 120);
const GOAL = 25;
const STATE = process.env.DEMARCHE_STATE ?? new URL('../.stack', import.meta.url).pathname;

const { kb, enrich } = enricher({ kbOnly: KB_ONLY });
const corpus = generateCorpus(kb, RELEASES);
const words = (r) => [...new Intl.Segmenter(r.language, { granularity: 'word' }).segment([r.title, ...r.paragraphs].join('\n\n'))].filter((s) => s.isWordLike).length;
const tokens = corpus.reduce((n, r) => n + words(r), 0);

// Warm-up: every language's pipeline, the JIT of both sides.
for (const r of corpus.slice(0, 4 * LANGUAGES.length)) await enrich(r);

/** Releases/s of `releases` through `instances` enrich processes (1: this one), `concurrency` in flight each. */
async function measure(releases, concurrency, instances) {
  const load0 = loadavg()[0];
  const servers0 = sampleRecognisers(STATE);
  let t0 = performance.now();
  let results;
  if (instances === 1) results = [await run(enrich, releases, concurrency)];
  else {
    const workers = Array.from({ length: instances }, (_, index) => fork(new URL('./enrich-run.mjs', import.meta.url), {
      env: { ...process.env, BENCH_ENRICH_WORKER: JSON.stringify({ releases: releases.length, index, instances, concurrency, kbOnly: KB_ONLY }) },
    }));
    await Promise.all(workers.map((w) => new Promise((ok) => w.once('message', ok)))); // each warmed up
    t0 = performance.now();
    results = await Promise.all(workers.map((w) => new Promise((ok) => (w.once('message', ok), w.send('go')))));
  }
  const wall = (performance.now() - t0) / 1000;
  const servers1 = sampleRecognisers(STATE);
  const servers = Object.fromEntries(Object.entries(servers1).map(([k, v]) => [k, { ...v, cpuMs: v.cpuMs - servers0[k].cpuMs }]));
  const stats = Object.fromEntries(LANGUAGES.map((l) => [l, ['releases', 'ms', 'entities', 'unlinked'].reduce((s, k) => ({ ...s, [k]: results.reduce((n, x) => n + x.stats[l][k], 0) }), {})]));
  const sum = (k) => results.reduce((n, x) => n + x[k], 0);
  return { wall, stats, servers, nodeCpuMs: sum('cpuMs'), rssMb: sum('rssMb'), load0, load1: loadavg()[0], perS: releases.length / wall };
}

const kbBaseline = KB_ONLY ? undefined : await (async () => {
  const { enrich: kbEnrich } = enricher({ kbOnly: true });
  const t0 = performance.now();
  for (const r of corpus) await kbEnrich(r);
  return corpus.length / ((performance.now() - t0) / 1000);
})();
const baseline = BASELINE_RELEASES ? await measure(corpus.slice(0, BASELINE_RELEASES), 1, 1) : undefined;
const m = await measure(corpus, CONCURRENCY, INSTANCES);

const serverCpuMs = Object.values(m.servers).reduce((n, v) => n + v.cpuMs, 0);
const mode = KB_ONLY ? 'knowledge base only' : `recogniser on, ${CONCURRENCY} in flight per instance, ${INSTANCES} enrich instance${INSTANCES > 1 ? 's' : ''}`;
console.log(`corpus: ${RELEASES} releases in ${LANGUAGES.join(', ')}, ${tokens} words; ${mode}`);
if (baseline) console.log(`baseline, same run: knowledge base only ${kbBaseline.toFixed(0)} releases/s; recogniser on, one request in flight: ${baseline.perS.toFixed(1)} releases/s (${BASELINE_RELEASES} releases)`);
console.log('lang  releases  wall_ms/release  entities/release  unlinked/release');
for (const [l, s] of Object.entries(m.stats)) {
  console.log([l.padEnd(4), String(s.releases).padStart(8), (s.ms / s.releases).toFixed(1).padStart(16), (s.entities / s.releases).toFixed(1).padStart(17), (s.unlinked / s.releases).toFixed(1).padStart(17)].join('  '));
}
for (const [k, v] of Object.entries(m.servers)) console.log(`${k}: ${v.procs} processes, ${v.rssMb.toFixed(0)} MB resident, ${v.cpuMs.toFixed(0)} ms CPU`);
const rssAll = m.rssMb + Object.values(m.servers).reduce((n, v) => n + v.rssMb, 0);
console.log(
  `bench: releases=${RELEASES} releases_per_s=${m.perS.toFixed(1)} tokens_per_s=${Math.round(tokens / m.wall)} ` +
    `cpu_ms_per_release=${((m.nodeCpuMs + serverCpuMs) / RELEASES).toFixed(1)} enrich_cpu_ms_per_release=${(m.nodeCpuMs / RELEASES).toFixed(1)} ` +
    `recogniser_cpu_ms_per_release=${(serverCpuMs / RELEASES).toFixed(1)} rss_enrich_mb=${m.rssMb.toFixed(0)} rss_total_mb=${rssAll.toFixed(0)} ` +
    `rss_kb_per_release=${((m.rssMb * 1024) / RELEASES).toFixed(0)} concurrency=${CONCURRENCY} instances=${INSTANCES} recogniser=${KB_ONLY ? 'off' : 'on'} ` +
    (baseline ? `baseline_kb_only_releases_per_s=${kbBaseline.toFixed(0)} baseline_one_in_flight_releases_per_s=${baseline.perS.toFixed(1)} ` : '') +
    `load_before=${m.load0.toFixed(2)} load_after=${m.load1.toFixed(2)} cores=${availableParallelism()} goal_releases_per_s=${GOAL}`,
);
