// Main-content extraction on a folder of real pages with segment gold (the trafilatura evaluation's
// layout: gold.jsonl lines {id, html_file, with, without}, html/<id>.html.gz). A page scores one true
// positive per `with` string found in the extracted text and one false positive per `without` string
// found there, summed over all pages, as trafilatura's published evaluation counts them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { DEFAULT_EXTRACTOR_URL, SecondOpinionClient, decodeBytes, extractRelease, mergeSecondOpinion } from '@demarche/text';
import { parseHTML } from 'linkedom';

// Both sides collapse whitespace and drop invisible characters (soft hyphens, zero-width spaces):
// a scraper's line breaks are not content, Readability's textContent keeps the page's indentation,
// and our extractor removes soft hyphens, which the gold keeps inside words.
const flat = (text) => (text ?? '').replace(/[\u00AD\u200B\u2060\uFEFF]/gu, '').replace(/\s+/gu, ' ').trim();

export const isSegmentFolder = (folder) => existsSync(join(folder, 'gold.jsonl')) && existsSync(join(folder, 'html'));

const ours = (html, url) => {
  try {
    const release = extractRelease({ content: html, format: 'html', url });
    return { text: flat([release.title, ...release.paragraphs].join('\n')), title: release.title, release };
  } catch (error) {
    return { text: '', error: error.code ?? error.message };
  }
};

// The extractor server (libs/text/extractor, EXTRACTOR_URL, default the local stack's) when it
// answers: trafilatura's text alone, and ours merged with it as the ingest service merges them;
// the product's figure is then the merge. Asked through the ingest service's own client.
const extractorServer = async () => {
  const url = process.env.EXTRACTOR_URL ?? DEFAULT_EXTRACTOR_URL;
  if (!url) return undefined;
  const health = await fetch(new URL('/health', url), { signal: AbortSignal.timeout(5_000) }).catch((error) => error);
  if (health.ok) return new SecondOpinionClient({ url, timeoutMs: 60_000, retryAfterMs: 0 });
  console.log(`extractor server not answering at ${url}: ours and Readability only (deploy/local/stack up extractor)`);
  return undefined;
};
const secondOpinion = async (server, html) => {
  const opinion = await server.paragraphs(html);
  return opinion.status === 'answered' ? opinion.paragraphs : [];
};
const merged = (ourOut, paragraphs) =>
  ourOut.release ? { text: flat([ourOut.release.title, ...mergeSecondOpinion(ourOut.release.paragraphs, paragraphs)].join('\n')) } : ourOut;

const readability = (html) => {
  try {
    const { document } = parseHTML(html);
    const article = new Readability(document).parse();
    return { text: flat(`${article?.title ?? ''}\n${article?.textContent ?? ''}`), title: article?.title };
  } catch (error) {
    return { text: '', error: error.message };
  }
};

const score = (text, page) => {
  const counts = { tp: 0, fn: 0, fp: 0, tn: 0 };
  for (const segment of page.with) text.includes(flat(segment)) ? counts.tp++ : counts.fn++;
  for (const segment of page.without) text.includes(flat(segment)) ? counts.fp++ : counts.tn++;
  return counts;
};

const measures = (rows) => {
  const sum = rows.reduce((acc, r) => ({ tp: acc.tp + r.tp, fn: acc.fn + r.fn, fp: acc.fp + r.fp, tn: acc.tn + r.tn }), { tp: 0, fn: 0, fp: 0, tn: 0 });
  const precision = sum.tp / (sum.tp + sum.fp || 1);
  const recall = sum.tp / (sum.tp + sum.fn || 1);
  const accuracy = (sum.tp + sum.tn) / (sum.tp + sum.tn + sum.fp + sum.fn || 1);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...sum, precision, recall, accuracy, f1 };
};

// --split even|odd: every other page, for tuning on one half and reporting the other as held out.
const inSplit = (split) => (_page, index) => !split || (split === 'even' ? index % 2 === 0 : index % 2 === 1);

export const runSegmentEval = async (folder, { verbose = false, limit = Infinity, only, split } = {}) => {
  const server = await extractorServer();
  const gold = readFileSync(join(folder, 'gold.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
    .filter(inSplit(split))
    .filter((page) => !only || page.id === only)
    .slice(0, limit);
  const names = server ? ['ours', 'readability', 'trafilatura', 'combined'] : ['ours', 'readability'];
  const rows = Object.fromEntries(names.map((name) => [name, []]));
  const empty = Object.fromEntries(names.map((name) => [name, 0]));
  const time = Object.fromEntries(names.map((name) => [name, 0]));
  for (const page of gold) {
    const html = decodeBytes(gunzipSync(readFileSync(join(folder, page.html_file))), { sniffMarkup: true }).text;
    const result = {};
    let paragraphs = [];
    const runs = [
      ['ours', () => ours(html, page.url)],
      ['readability', () => readability(html)],
      ['trafilatura', async () => ({ text: flat((paragraphs = await secondOpinion(server, html)).join('\n')) })],
      ['combined', () => merged(result.ours.out, paragraphs)],
    ].filter(([name]) => names.includes(name));
    for (const [name, run] of runs) {
      const started = performance.now();
      const out = await run();
      time[name] += performance.now() - started;
      if (out.text === '') empty[name] += 1;
      result[name] = { out, counts: score(out.text, page) };
      rows[name].push(result[name].counts);
    }
    if (verbose) {
      const o = result.ours.counts;
      const b = result.readability.counts;
      if (o.fn + o.fp > b.fn + b.fp || result.ours.out.error) {
        console.log(`${page.id} ours tp=${o.tp} fn=${o.fn} fp=${o.fp} | readability tp=${b.tp} fn=${b.fn} fp=${b.fp}${result.ours.out.error ? ` ours failed: ${result.ours.out.error}` : ''} ${page.url}`);
        for (const segment of page.with) if (!result.ours.out.text.includes(flat(segment))) console.log(`   missing: ${segment.slice(0, 100)}`);
        for (const segment of page.without) if (result.ours.out.text.includes(flat(segment))) console.log(`   kept:    ${segment.slice(0, 100)}`);
      }
    }
  }
  const fmt = (x) => x.toFixed(3);
  console.log(`segment eval: ${gold.length} pages, ${rows.ours.reduce((n, r) => n + r.tp + r.fn, 0)} text and ${rows.ours.reduce((n, r) => n + r.fp + r.tn, 0)} boilerplate segments`);
  console.log('system        precision  recall  accuracy  f1     empty  ms/page');
  for (const name of names) {
    const m = measures(rows[name]);
    console.log(`${name.padEnd(13)} ${fmt(m.precision)}      ${fmt(m.recall)}   ${fmt(m.accuracy)}     ${fmt(m.f1)}  ${String(empty[name]).padStart(5)}  ${(time[name] / gold.length).toFixed(1)}`);
  }
  const product = server ? 'combined' : 'ours';
  const o = measures(rows[product]);
  const b = measures(rows.readability);
  const extra = server ? ` trafilatura_f1=${fmt(measures(rows.trafilatura).f1)} ours_f1=${fmt(measures(rows.ours).f1)}` : '';
  console.log(
    `eval: pages=${gold.length} f1=${fmt(o.f1)} precision=${fmt(o.precision)} recall=${fmt(o.recall)} readability_f1=${fmt(b.f1)} readability_precision=${fmt(b.precision)} readability_recall=${fmt(b.recall)} empty=${empty[product]} readability_empty=${empty.readability}${extra}`,
  );
};
