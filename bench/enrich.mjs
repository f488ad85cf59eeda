#!/usr/bin/env node
// Releases per second through the enrichment function (entities, topics, event) on one core,
// per language and overall, over a generated corpus of ~3,000-character releases in the six
// UN languages (bench/enrich-corpus.mjs). Times are the process's CPU time, so other work on
// the machine lowers the figures less (the wall time is printed too). Run after `npx tsc -b`:
//   node bench/enrich.mjs [--releases 3000]
import { performance } from 'node:perf_hooks';
import { enrichRelease, loadKnowledgeBase } from '@demarche/nlp';
import { generateCorpus, LANGUAGES } from './enrich-corpus.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const RELEASES = arg('releases', 3000);
const GOAL = 300;

let t = performance.now();
const loadCpu = process.cpuUsage();
const kb = loadKnowledgeBase();
const loadWallMs = performance.now() - t;
const loadCpuUsed = process.cpuUsage(loadCpu);
const loadMs = (loadCpuUsed.user + loadCpuUsed.system) / 1000;
const corpus = generateCorpus(kb, RELEASES);

for (const r of corpus.slice(0, 120)) enrichRelease(r, kb); // warm-up, every language
const stats = new Map(LANGUAGES.map((l) => [l, { releases: 0, chars: 0, utf8: 0, ms: 0, entities: 0, times: [] }]));
t = performance.now();
const cpuStart = process.cpuUsage();
for (const r of corpus) {
  const s = process.cpuUsage();
  const entities = enrichRelease(r, kb).entities.length;
  const used = process.cpuUsage(s);
  const ms = (used.user + used.system) / 1000;
  const language = stats.get(r.language);
  const text = [r.title, ...r.paragraphs].join('\n\n');
  language.releases++;
  language.chars += text.length;
  language.utf8 += Buffer.byteLength(text);
  language.ms += ms;
  language.entities += entities;
  language.times.push(ms);
}
const wallSeconds = (performance.now() - t) / 1000;
const cpu = process.cpuUsage(cpuStart);
const seconds = (cpu.user + cpu.system) / 1e6;

const quantile = (times, p) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
const all = [...stats.values()].flatMap((s) => s.times).sort((x, y) => x - y);
console.log(`knowledge base: ${kb.entities.size} entities, loaded and compiled in ${loadMs.toFixed(0)} ms of CPU (${loadWallMs.toFixed(0)} ms wall)`);
console.log(`corpus: ${RELEASES} releases in ${LANGUAGES.join(', ')}; enriched in ${seconds.toFixed(2)} s of CPU (${wallSeconds.toFixed(2)} s wall)`);
console.log('lang  releases  chars  utf8_KB  rel/s/core  p50_cpu_ms  p99_cpu_ms  entities/release');
let min = { language: '', rps: Infinity };
for (const [language, s] of stats) {
  const rps = Math.round(s.releases / (s.ms / 1000));
  if (rps < min.rps) min = { language, rps };
  s.times.sort((x, y) => x - y);
  console.log(
    [
      language.padEnd(4),
      String(s.releases).padStart(8),
      String(Math.round(s.chars / s.releases)).padStart(6),
      (s.utf8 / s.releases / 1024).toFixed(1).padStart(8),
      String(rps).padStart(11),
      quantile(s.times, 0.5).toFixed(2).padStart(11),
      quantile(s.times, 0.99).toFixed(2).padStart(11),
      (s.entities / s.releases).toFixed(1).padStart(17),
    ].join('  '),
  );
}
const perSecond = Math.round(RELEASES / seconds);
const perLanguage = [...stats].map(([l, s]) => `${l}_rps=${Math.round(s.releases / (s.ms / 1000))}`).join(' ');
console.log(
  `bench: releases=${RELEASES} releases_per_s_per_core=${perSecond} min_language_rps=${min.rps} min_language=${min.language} ${perLanguage} ` +
    `p50_ms=${quantile(all, 0.5).toFixed(2)} p99_ms=${quantile(all, 0.99).toFixed(2)} kb_load_ms=${loadMs.toFixed(0)} goal_releases_per_s=${GOAL}`,
);
