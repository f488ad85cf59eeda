#!/usr/bin/env node
// Precision / recall of IPTC Media Topic tagging against hand labels (libs/nlp/eval/topics-gold.tsv:
// release file name, tab, codes). The releases themselves are read from --data <folder> (the raw
// scraped texts; never kept in the project). Micro-averaged over the IPTC codes the rules can tag;
// --verbose lists each release's misses and extras and a per-code table; --gold <file> takes another
// label file (topics-heldout.tsv: releases never looked at while tuning the rules).
// Run after `npx tsc -b`: npm run eval:topics -- --data <folder> [--verbose]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { enrichRelease, producibleTopicCodes } from '@demarche/nlp';

const { values } = parseArgs({ options: { data: { type: 'string' }, gold: { type: 'string' }, verbose: { type: 'boolean', default: false } } });
if (!values.data) {
  console.error('usage: npm run eval:topics -- --data <folder of the labelled releases> [--gold <labels.tsv>] [--verbose]');
  process.exit(2);
}

const gold = readFileSync(values.gold ?? new URL('./topics-gold.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map((l) => {
    const [file, codes = ''] = l.split('\t');
    return { file, codes: new Set(codes.split(/\s+/).filter(Boolean)) };
  });

const iptc = [...producibleTopicCodes()].filter((c) => c.startsWith('medtop:'));
const perCode = new Map(iptc.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
const total = { tp: 0, fp: 0, fn: 0 };
let missing = 0;

for (const { file, codes } of gold) {
  const path = join(values.data, file);
  if (!existsSync(path)) {
    missing++;
    continue;
  }
  // Raw scraped text: the first line stands for the title, the rest are the paragraphs.
  const lines = readFileSync(path, 'utf8').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const found = new Set(
    enrichRelease({ title: lines[0] ?? '', paragraphs: lines.slice(1), language: 'en' })
      .topics.map((t) => t.code)
      .filter((c) => c.startsWith('medtop:')),
  );
  const extra = [...found].filter((c) => !codes.has(c));
  const missed = [...codes].filter((c) => !found.has(c));
  for (const c of [...found].filter((c) => codes.has(c))) {
    total.tp++;
    perCode.get(c).tp++;
  }
  for (const c of extra) {
    total.fp++;
    perCode.get(c).fp++;
  }
  for (const c of missed) {
    total.fn++;
    if (perCode.has(c)) perCode.get(c).fn++;
  }
  if (values.verbose && (extra.length || missed.length)) console.log(`${file}: extra ${extra.join(' ') || '-'} | missed ${missed.join(' ') || '-'}`);
}

const ratio = (a, b) => (b ? a / b : 0);
const precision = ratio(total.tp, total.tp + total.fp);
const recall = ratio(total.tp, total.tp + total.fn);
const f1 = ratio(2 * precision * recall, precision + recall);
if (values.verbose) {
  console.log('\ncode              tp  fp  fn');
  for (const [code, s] of perCode) if (s.tp + s.fp + s.fn) console.log(`${code.padEnd(16)} ${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}`);
}
if (missing) console.error(`${missing} labelled releases not found under ${values.data}`);
console.log(
  `eval: releases=${gold.length - missing} gold_labels=${total.tp + total.fn} predicted=${total.tp + total.fp} precision=${precision.toFixed(3)} recall=${recall.toFixed(3)} f1=${f1.toFixed(3)} codes=${iptc.length}`,
);
