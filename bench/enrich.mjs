#!/usr/bin/env node
// Releases per second through enrichment as the enrich service runs it: the statistical
// recogniser (CoreNLP for en/fr/es/de/zh, natasha for ru, over HTTP, NER_CONCURRENCY requests
// in flight) then the knowledge base, over a generated corpus of ~3,000-character releases in
// the six UN languages (bench/enrich-corpus.mjs; Arabic has no model: knowledge base only).
// Prints wall releases/s and tokens/s, CPU ms per release (this process and the recognisers,
// from /proc) and resident memory, with the machine's load. Needs `deploy/local/stack up
// corenlp natasha` and `npx tsc -b`:
//   node bench/enrich.mjs [--releases 600] [--concurrency 4] [--kb-only]
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { createRecogniser, enrichRelease, loadKnowledgeBase, recogniseRelease } from '@demarche/nlp';
import { generateCorpus, LANGUAGES } from './enrich-corpus.mjs';
import { sampleRecognisers } from './recogniser-procs.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const KB_ONLY = process.argv.includes('--kb-only');
const RELEASES = arg('releases', KB_ONLY ? 3000 : 600);
const CONCURRENCY = arg('concurrency', 4);
const GOAL = 25;
const STATE = process.env.DEMARCHE_STATE ?? new URL('../.stack', import.meta.url).pathname;

const kb = loadKnowledgeBase();
const recogniser = createRecogniser({ corenlpUrl: process.env.CORENLP_URL ?? 'http://127.0.0.1:9000', natashaUrl: process.env.NATASHA_URL ?? 'http://127.0.0.1:9001' });
const corpus = generateCorpus(kb, RELEASES);
const words = (r) => [...new Intl.Segmenter(r.language, { granularity: 'word' }).segment([r.title, ...r.paragraphs].join('\n\n'))].filter((s) => s.isWordLike).length;
const tokens = corpus.reduce((n, r) => n + words(r), 0);

async function enrich(r) {
  const model = KB_ONLY ? undefined : await recogniseRelease(r, recogniser);
  return enrichRelease(r, kb, model);
}

// Warm-up: every language's pipeline, the JIT of both sides.
for (const r of corpus.slice(0, 4 * LANGUAGES.length)) await enrich(r);

const stats = new Map(LANGUAGES.map((l) => [l, { releases: 0, ms: 0, entities: 0, unlinked: 0 }]));
const load0 = loadavg()[0];
const servers0 = sampleRecognisers(STATE);
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const queue = [...corpus];
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    for (let r = queue.shift(); r; r = queue.shift()) {
      const t = performance.now();
      const { entities } = await enrich(r);
      const s = stats.get(r.language);
      s.releases++;
      s.ms += performance.now() - t;
      s.entities += entities.length;
      s.unlinked += entities.filter((e) => !e.linked).length;
    }
  }),
);
const wall = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const servers1 = sampleRecognisers(STATE);
const load1 = loadavg()[0];

const nodeCpuMs = (cpu.user + cpu.system) / 1000;
const serverCpuMs = Object.keys(servers1).reduce((n, k) => n + servers1[k].cpuMs - servers0[k].cpuMs, 0);
console.log(`corpus: ${RELEASES} releases in ${LANGUAGES.join(', ')}, ${tokens} words; ${KB_ONLY ? 'knowledge base only' : `recogniser on, ${CONCURRENCY} in flight`}`);
console.log('lang  releases  wall_ms/release  entities/release  unlinked/release');
for (const [l, s] of stats) {
  console.log([l.padEnd(4), String(s.releases).padStart(8), (s.ms / s.releases).toFixed(1).padStart(16), (s.entities / s.releases).toFixed(1).padStart(17), (s.unlinked / s.releases).toFixed(1).padStart(17)].join('  '));
}
for (const [k, v] of Object.entries(servers1)) console.log(`${k}: ${v.procs} processes, ${v.rssMb.toFixed(0)} MB resident, ${(v.cpuMs - servers0[k].cpuMs).toFixed(0)} ms CPU`);
const rss = process.memoryUsage().rss / 1048576;
const rssAll = rss + Object.values(servers1).reduce((n, v) => n + v.rssMb, 0);
console.log(
  `bench: releases=${RELEASES} releases_per_s=${(RELEASES / wall).toFixed(1)} tokens_per_s=${Math.round(tokens / wall)} ` +
    `cpu_ms_per_release=${((nodeCpuMs + serverCpuMs) / RELEASES).toFixed(1)} enrich_cpu_ms_per_release=${(nodeCpuMs / RELEASES).toFixed(1)} ` +
    `recogniser_cpu_ms_per_release=${(serverCpuMs / RELEASES).toFixed(1)} rss_enrich_mb=${rss.toFixed(0)} rss_total_mb=${rssAll.toFixed(0)} ` +
    `rss_kb_per_release=${((rss * 1024) / RELEASES).toFixed(0)} concurrency=${CONCURRENCY} recogniser=${KB_ONLY ? 'off' : 'on'} ` +
    `load_before=${load0.toFixed(2)} load_after=${load1.toFixed(2)} cores=${(await import("node:os")).availableParallelism()} goal_releases_per_s=${GOAL}`,
);
