// Extraction accuracy on the eval set (libs/text/eval/pages + gold.json): title and date accuracy,
// and body precision / recall / F1 with the metric of the ScrapingHub article-extraction-benchmark
// (\w+ tokens, 4-token shingles, counts matched per page and normalised so every page weighs the
// same), for extractRelease and, as the baseline, plain @mozilla/readability on the same DOM.
// usage: npm run eval:extract [-- --verbose]      (build first: npx tsc -b libs/text)
// With --data <folder> [--split even|odd]: a folder of real pages with segment gold (gold.jsonl + html/) or of raw
// releases with an index.tsv; see segment-eval.mjs and release-folder-eval.mjs.
// When the extractor server answers (EXTRACTOR_URL, default the local stack's; empty: off), the segment
// eval adds trafilatura alone and ours merged with it; f1= is then the merge, the product's figure.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isSegmentFolder, runSegmentEval } from './segment-eval.mjs';
import { isReleaseFolder, runReleaseFolderEval } from './release-folder-eval.mjs';
import { Readability } from '@mozilla/readability';
import { decodeBytes, extractRelease } from '@demarche/text';
import { parseHTML } from 'linkedom';

const { values } = parseArgs({
  options: {
    verbose: { type: 'boolean', short: 'v', default: false },
    data: { type: 'string' },
    limit: { type: 'string' },
    only: { type: 'string' },
    split: { type: 'string' },
  },
});
if (values.data) {
  const options = { verbose: values.verbose, limit: values.limit ? Number(values.limit) : Infinity, only: values.only, split: values.split };
  if (isSegmentFolder(values.data)) await runSegmentEval(values.data, options);
  else if (isReleaseFolder(values.data)) runReleaseFolderEval(values.data, options);
  else {
    console.error(`${values.data}: neither gold.jsonl with html/ nor index.tsv`);
    process.exitCode = 2;
  }
} else {
  runPageEval();
}

function runPageEval() {
const gold = JSON.parse(readFileSync(new URL('./gold.json', import.meta.url), 'utf8'));

const TOKEN = /[\p{L}\p{M}\p{N}_]+/gu;
const tokenize = (text) => (text ?? '').match(TOKEN) ?? [];
const shingles = (text, n) => {
  const tokens = tokenize(text);
  const counts = new Map();
  for (let i = 0; i < Math.max(1, tokens.length - n + 1); i++) {
    const shingle = tokens.slice(i, i + n).join(' ');
    if (shingle) counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  }
  return counts;
};
/** The benchmark's per-page tp/fp/fn over shingles, normalised to sum to 1. */
const matchCounts = (truth, predicted, n) => {
  const a = shingles(truth, n);
  const b = shingles(predicted, n);
  let tp = 0, fp = 0, fn = 0;
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const t = a.get(key) ?? 0;
    const p = b.get(key) ?? 0;
    tp += Math.min(t, p);
    fp += Math.max(0, p - t);
    fn += Math.max(0, t - p);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? [tp / sum, fp / sum, fn / sum] : [0, 0, 0];
};
const prf = (rows) => {
  const [tp, fp, fn] = rows.reduce((acc, row) => acc.map((v, i) => v + row[i]), [0, 0, 0]);
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
};
const sameTitle = (a, b) => (a ?? '').normalize('NFKC').replace(/\s+/gu, ' ').trim().toLowerCase() === b.normalize('NFKC').replace(/\s+/gu, ' ').trim().toLowerCase();

function ours(html, page) {
  try {
    const release = extractRelease({ content: html, format: 'html', url: `https://site.example.org/${page.file}` });
    return { title: release.title, date: release.publishedAt?.slice(0, 10), body: release.paragraphs.join('\n') };
  } catch (error) {
    return { title: undefined, date: undefined, body: '', error: error.code ?? error.message };
  }
}

function readability(html) {
  try {
    const { document } = parseHTML(html);
    const article = new Readability(document).parse();
    return { title: article?.title ?? undefined, date: article?.publishedTime?.slice(0, 10), body: article?.textContent ?? '' };
  } catch (error) {
    return { title: undefined, date: undefined, body: '', error: error.message };
  }
}

const systems = { ours: [], readability: [] };
for (const page of gold) {
  const html = decodeBytes(readFileSync(new URL(`./pages/${page.file}`, import.meta.url)), { sniffMarkup: true }).text;
  for (const [name, run] of [['ours', ours], ['readability', readability]]) {
    const out = run(html, page);
    const shingle = matchCounts(page.body, out.body, 4);
    const token = matchCounts(page.body, out.body, 1);
    systems[name].push({ page, out, shingle, token, title: sameTitle(out.title, page.title), date: out.date === page.date });
  }
}

const pct = (x) => (100 * x).toFixed(1).padStart(5);
const summary = {};
for (const [name, rows] of Object.entries(systems)) {
  const body = prf(rows.map((r) => r.shingle));
  const token = prf(rows.map((r) => r.token));
  summary[name] = {
    title: rows.filter((r) => r.title).length / rows.length,
    date: rows.filter((r) => r.date).length / rows.length,
    body,
    token,
    failed: rows.filter((r) => r.out.error).length,
  };
}

if (values.verbose) {
  console.log('page                               layout          ours F1  P     R    title date | readability F1  title date');
  gold.forEach((page, i) => {
    const o = systems.ours[i];
    const b = systems.readability[i];
    const f = (r) => prf([r.shingle]);
    console.log(
      `${page.file.padEnd(34)} ${page.layout.padEnd(15)} ${pct(f(o).f1)} ${pct(f(o).precision)} ${pct(f(o).recall)}  ${o.title ? 'ok ' : 'BAD'}  ${o.date ? 'ok ' : 'BAD'} | ${pct(f(b).f1)}      ${b.title ? 'ok ' : 'BAD'}  ${b.date ? 'ok ' : 'BAD'}${o.out.error ? `  ours failed: ${o.out.error}` : ''}`,
    );
  });
  console.log('');
}

const byKey = (key) => {
  const groups = [...new Set(gold.map((p) => p[key]))];
  return groups.map((group) => {
    const pick = (rows) => prf(rows.filter((r) => r.page[key] === group).map((r) => r.shingle)).f1;
    return `${group}: ${pct(pick(systems.ours)).trim()} vs ${pct(pick(systems.readability)).trim()}`;
  });
};

console.log(`eval set: ${gold.length} pages, ${new Set(gold.map((p) => p.layout)).size} layouts, languages ${[...new Set(gold.map((p) => p.lang))].join(' ')}`);
console.log('');
console.log('                      title   date   body P   body R   body F1   token P  token R  token F1  failed');
for (const [name, s] of Object.entries(summary)) {
  console.log(
    `${name.padEnd(20)} ${pct(s.title)}  ${pct(s.date)}    ${pct(s.body.precision)}    ${pct(s.body.recall)}    ${pct(s.body.f1)}     ${pct(s.token.precision)}    ${pct(s.token.recall)}    ${pct(s.token.f1)}    ${s.failed}`,
  );
}
console.log('');
for (const split of ['tuning', 'heldout']) {
  const rowsOf = (name) => systems[name].filter((r) => (r.page.split ?? 'tuning') === split);
  if (rowsOf('ours').length === 0) continue;
  const line = (name) => {
    const rows = rowsOf(name);
    const body = prf(rows.map((r) => r.shingle));
    return `${name} F1 ${pct(body.f1).trim()} (P ${pct(body.precision).trim()}, R ${pct(body.recall).trim()}), title ${pct(rows.filter((r) => r.title).length / rows.length).trim()}, date ${pct(rows.filter((r) => r.date).length / rows.length).trim()}`;
  };
  console.log(`${split} split (${rowsOf('ours').length} pages): ${line('ours')} | ${line('readability')}`);
}
console.log('');
console.log(`body F1 by layout (ours vs readability): ${byKey('layout').join(', ')}`);
console.log(`body F1 by language (ours vs readability): ${byKey('lang').join(', ')}`);
const ratio = summary.ours.body.f1 / (summary.readability.body.f1 || 1);
console.log(
  `eval: pages=${gold.length} f1=${summary.ours.body.f1.toFixed(3)} precision=${summary.ours.body.precision.toFixed(3)} recall=${summary.ours.body.recall.toFixed(3)} title_acc=${summary.ours.title.toFixed(3)} date_acc=${summary.ours.date.toFixed(3)} baseline_f1=${summary.readability.body.f1.toFixed(3)} baseline_title_acc=${summary.readability.title.toFixed(3)} baseline_date_acc=${summary.readability.date.toFixed(3)} f1_ratio=${ratio.toFixed(2)}`,
);
}
