#!/usr/bin/env node
// Releases per second through the enrichment function (entities, topics, event) on one core,
// over a generated corpus of ~3 KB releases. Run after `npx tsc -b`:
//   node bench/enrich.mjs [--releases 2000]
import { performance } from 'node:perf_hooks';
import { enrichRelease, loadKnowledgeBase } from '@demarche/nlp';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const RELEASES = arg('releases', 2000);

// A small deterministic generator, so every run measures the same corpus.
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];

const persons = ['Sergey Lavrov', 'Rex Tillerson', 'Wang Yi', 'Emmanuel Macron', 'Angela Merkel', 'Narendra Modi', 'Antony Blinken', 'Mevlüt Çavuşoğlu', 'Annalena Baerbock', 'Ayman Safadi'];
const places = ['Moscow', 'Washington', 'Beijing', 'Paris', 'Berlin', 'New Delhi', 'Ankara', 'Geneva', 'Xiamen', 'Tokyo'];
const countries = ['Russia', 'the United States', 'China', 'France', 'Germany', 'India', 'Turkey', 'Japan', 'Iran', 'Syria', 'the DPRK'];
const orgs = ['the UN Security Council', 'BRICS', 'the SCO', 'NATO', 'the European Union', 'ASEAN', 'the IAEA', 'the OSCE', 'the G20'];
const filler = [
  'The sides exchanged views on pressing issues of the international agenda and reaffirmed their commitment to a peaceful settlement.',
  'They stressed the importance of dialogue and respect for international law in resolving disputes.',
  'Particular attention was paid to trade, investment and energy cooperation as well as cultural and humanitarian ties.',
  'The parties agreed to continue consultations at various levels, including within multilateral organisations.',
];

function release(i) {
  const [a, b] = [pick(persons), pick(persons)];
  const paragraphs = [
    `On March ${1 + (i % 27)}, Foreign Minister ${a} held talks with ${b} in ${pick(places)} on the situation in ${pick(countries)} and ${pick(countries)}.`,
  ];
  while (paragraphs.join(' ').length < 2900) {
    paragraphs.push(`${pick(filler)} Mr ${a.split(' ').at(-1)} noted the role of ${pick(orgs)} and the position of ${pick(countries)} on sanctions and nuclear non-proliferation. ${pick(filler)}`);
  }
  return { title: `${a}'s talks with ${b}`, paragraphs, language: 'en', publishedAt: '2019-03-30T10:00:00' };
}

let t = performance.now();
const kb = loadKnowledgeBase();
const loadMs = performance.now() - t;
const corpus = Array.from({ length: RELEASES }, (_, i) => release(i));
const bytes = corpus.reduce((n, r) => n + r.title.length + r.paragraphs.join('\n\n').length, 0);

for (const r of corpus.slice(0, 100)) enrichRelease(r, kb); // warm-up
const times = [];
let entities = 0;
t = performance.now();
for (const r of corpus) {
  const s = performance.now();
  entities += enrichRelease(r, kb).entities.length;
  times.push(performance.now() - s);
}
const seconds = (performance.now() - t) / 1000;
times.sort((x, y) => x - y);
const q = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(2);
const perSecond = Math.round(RELEASES / seconds);
console.log(`knowledge base: ${kb.entities.size} entities, loaded in ${loadMs.toFixed(0)} ms`);
console.log(`corpus: ${RELEASES} releases, ${(bytes / RELEASES / 1024).toFixed(1)} KB each on average`);
console.log(`enriched in ${seconds.toFixed(2)} s on one core; ${(entities / RELEASES).toFixed(1)} entities per release`);
console.log(`bench: releases=${RELEASES} releases_per_s_per_core=${perSecond} p50_ms=${q(0.5)} p99_ms=${q(0.99)} kb_load_ms=${loadMs.toFixed(0)} goal_releases_per_s=300`);
