#!/usr/bin/env node
// Exact-span, exact-type precision / recall / F1 of the statistical recogniser against gold
// files of one JSON object a line: {id, lang, text, entities: [{start, end, type}]} (CoNLL-style
// gold; the files are arguments, nothing is read from anywhere else). Micro over PER/ORG/LOC;
// MISC is scored apart (not every model has it). Needs the recognisers running
// (deploy/local/stack up corenlp natasha) and `npx tsc -b`:
//   npm run eval:ner -- <file.jsonl>… [--concurrency 2] [--tokens gold|own]
// CoNLL gold is tokens between spaces, a sentence a unit: as a CoNLL evaluation does, the model
// is scored on those tokens and sentences (tokens=gold; the line also gives own_tokens_f1, with
// the recogniser's own tokeniser and sentence splitter, as enrichment runs it). A file of raw
// text (FactRuEval) is scored on the recogniser's own tokens only (tokens=own).
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { recogniserFromEnv } from '@demarche/nlp';

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args.splice(i, 2)[1]) : fallback;
};
const concurrency = flag('concurrency', 2);
const tokensAt = args.indexOf('--tokens');
const tokensMode = tokensAt >= 0 ? args.splice(tokensAt, 2)[1] : 'auto';
const files = args.filter((a) => !a.startsWith('--'));
if (!files.length || !['auto', 'gold', 'own'].includes(tokensMode)) {
  console.error('usage: npm run eval:ner -- <gold.jsonl>… [--concurrency N] [--tokens gold|own]');
  process.exit(2);
}
const recognisers = { own: recogniserFromEnv({ timeoutMs: 120_000 }), gold: recogniserFromEnv({ timeoutMs: 120_000, pretokenised: true }) };
const MAIN = new Set(['PER', 'ORG', 'LOC']);
const SEP = '\n\n';
const BATCH_CHARS = 20_000;

/** Short units (CoNLL sentences) go in batches separated by blank lines: one request each, offsets mapped back. */
function batches(units) {
  const out = [];
  let cur = { text: '', parts: [] };
  for (const u of units) {
    if (cur.text && cur.text.length + u.text.length > BATCH_CHARS) {
      out.push(cur);
      cur = { text: '', parts: [] };
    }
    if (cur.text) cur.text += SEP;
    cur.parts.push({ unit: u, offset: cur.text.length });
    cur.text += u.text;
  }
  if (cur.text) out.push(cur);
  return out;
}

/** CoNLL's units end with their full stop as a token of its own ("… ( EFECOM ) ."). */
function tokenised(units) {
  const ended = units.filter((u) => /[.!?。！？]$/u.test(u.text));
  return ended.length > 0 && ended.filter((u) => /\s[.!?。！？]$/u.test(u.text)).length >= 0.9 * ended.length;
}

/** Mentions the recogniser finds in each unit, by unit id, and the seconds it took. */
async function recogniseAll(units, lang, recogniser) {
  const found = new Map(units.map((u) => [u.id, []]));
  const queue = batches(units);
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let b = queue.shift(); b; b = queue.shift()) {
        const mentions = await recogniser.recognise(b.text, lang);
        for (const m of mentions) {
          const part = b.parts.findLast((p) => p.offset <= m.start);
          if (part && m.end <= part.offset + part.unit.text.length) found.get(part.unit.id).push({ ...m, start: m.start - part.offset, end: m.end - part.offset });
        }
      }
    }),
  );
  return { found, seconds: (performance.now() - started) / 1000 };
}

function score(units, found) {
  const count = { main: { tp: 0, fp: 0, fn: 0 }, MISC: { tp: 0, fp: 0, fn: 0 }, PER: { tp: 0, fp: 0, fn: 0 }, ORG: { tp: 0, fp: 0, fn: 0 }, LOC: { tp: 0, fp: 0, fn: 0 } };
  for (const u of units) {
    const key = (e) => `${e.start}:${e.end}:${e.type}`;
    const gold = new Set(u.entities.map(key));
    const pred = new Set(found.get(u.id).map(key));
    for (const k of pred) {
      const type = k.split(':')[2];
      const bucket = MAIN.has(type) ? [count.main, count[type]] : [count.MISC];
      for (const c of bucket) gold.has(k) ? c.tp++ : c.fp++;
    }
    for (const k of gold) {
      const type = k.split(':')[2];
      if (pred.has(k)) continue;
      for (const c of MAIN.has(type) ? [count.main, count[type]] : [count.MISC]) c.fn++;
    }
  }
  return count;
}

const prf = ({ tp, fp, fn }) => {
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  return { p: p.toFixed(3), r: r.toFixed(3), f1: (p + r ? (2 * p * r) / (p + r) : 0).toFixed(3) };
};

async function run(file) {
  const units = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const lang = units[0]?.lang ?? 'und';
  const mode = tokensMode === 'auto' ? (tokenised(units) ? 'gold' : 'own') : tokensMode;
  const { found, seconds } = await recogniseAll(units, lang, recognisers[mode]);
  const count = score(units, found);
  const own = mode === 'own' ? count : score(units, (await recogniseAll(units, lang, recognisers.own)).found);
  const tokens = units.reduce((n, u) => n + u.text.split(/\s+/).filter(Boolean).length, 0);
  const per = ['PER', 'ORG', 'LOC', 'MISC'].map((t) => `${t} f1=${prf(count[t]).f1} (gold ${count[t].tp + count[t].fn})`).join(', ');
  console.log(`${basename(file)}: ${per}; ${Math.round(tokens / seconds)} tokens/s`);
  const all = prf(count.main);
  const misc = prf(count.MISC);
  console.log(
    `eval: file=${basename(file, '.jsonl')} lang=${lang} units=${units.length} precision=${all.p} recall=${all.r} f1=${all.f1} ` +
      `misc_precision=${misc.p} misc_recall=${misc.r} misc_f1=${misc.f1} tokens=${mode} own_tokens_f1=${prf(own.main).f1} tokens_per_s=${Math.round(tokens / seconds)}`,
  );
}

for (const f of files) await run(f);
