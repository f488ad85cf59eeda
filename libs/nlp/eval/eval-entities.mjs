#!/usr/bin/env node
// Precision / recall / F1 of entity extraction against the team's gold releases
// (libs/nlp/eval/gold.json), for mentions (surface text + canonical id, in the original text)
// and for canonical ids per release, as the enrich service runs it: the statistical recogniser
// (deploy/local/stack up corenlp natasha; CORENLP_URL, NATASHA_URL) then the knowledge base.
// Run after `npx tsc -b`: node libs/nlp/eval/eval-entities.mjs [--verbose] [--kb-only]
import { readFileSync } from 'node:fs';
import { enrichRelease, loadKnowledgeBase, recogniseRelease, recogniserFromEnv } from '@demarche/nlp';

const gold = JSON.parse(readFileSync(new URL('./gold.json', import.meta.url), 'utf8'));
const verbose = process.argv.includes('--verbose');
const kbOnly = process.argv.includes('--kb-only');
const recogniser = recogniserFromEnv({ timeoutMs: 120_000 });
const kb = loadKnowledgeBase();
const count = { mentions: { tp: 0, fp: 0, fn: 0 }, ids: { tp: 0, fp: 0, fn: 0 } };

/** Multiset difference as counts: true positives are the overlap. */
function score(expected, found, bucket) {
  const left = new Map();
  for (const k of expected) left.set(k, (left.get(k) ?? 0) + 1);
  const extra = [];
  for (const k of found) {
    if (left.get(k)) {
      left.set(k, left.get(k) - 1);
      bucket.tp++;
    } else {
      bucket.fp++;
      extra.push(k);
    }
  }
  const missed = [...left].flatMap(([k, n]) => Array(n).fill(k));
  bucket.fn += missed.length;
  return { extra, missed };
}

for (const r of gold) {
  let model;
  try {
    model = kbOnly ? undefined : await recogniseRelease(r, recogniser);
  } catch (error) {
    console.error(`${error.message}\nstart the recognisers (deploy/local/stack up corenlp natasha) or pass --kb-only`);
    process.exit(1);
  }
  const result = enrichRelease(r, kb, model);
  const found = result.entities.flatMap((e) => e.mentions.filter((m) => m.in === 'original').map((m) => `${m.text} → ${e.id}`));
  const m = score(r.gold.map(([text, id]) => `${text} → ${id}`), found, count.mentions);
  const i = score([...new Set(r.gold.map(([, id]) => id))], result.entities.map((e) => e.id), count.ids);
  if (verbose && (m.extra.length || m.missed.length || i.extra.length || i.missed.length)) {
    console.log(`${r.id}:\n  extra mentions: ${m.extra.join('; ')}\n  missed mentions: ${m.missed.join('; ')}\n  extra ids: ${i.extra.join(' ')}\n  missed ids: ${i.missed.join(' ')}`);
  }
}

const prf = ({ tp, fp, fn }) => {
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  return { p: p.toFixed(3), r: r.toFixed(3), f1: (p + r ? (2 * p * r) / (p + r) : 0).toFixed(3) };
};
const mm = prf(count.mentions);
const ii = prf(count.ids);
console.log(`mentions: precision=${mm.p} recall=${mm.r} f1=${mm.f1} (${count.mentions.tp} right, ${count.mentions.fp} extra, ${count.mentions.fn} missed)`);
console.log(`canonical ids: precision=${ii.p} recall=${ii.r} f1=${ii.f1} (${count.ids.tp} right, ${count.ids.fp} extra, ${count.ids.fn} missed)`);
console.log(
  `eval: releases=${gold.length} mention_precision=${mm.p} mention_recall=${mm.r} mention_f1=${mm.f1} id_precision=${ii.p} id_recall=${ii.r} id_f1=${ii.f1} recogniser=${kbOnly ? 'off' : 'on'}`,
);
