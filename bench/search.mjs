#!/usr/bin/env node
// Analyst query latency through the search API against the same queries sent straight to
// Elasticsearch, on a generated index (default 100k releases) behind its own alias.
//   node bench/search.mjs [--docs 100000] [--rounds 40] [--concurrency 8] [--reload]
// Needs Elasticsearch (ELASTICSEARCH_URL) and a build (`npx tsc -b`); starts the search service itself.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createElasticClient } from '@demarche/elastic';
import { buildQuery, searchBody } from '../services/search/dist/search/build-search.js';
import { loadArchive } from './search/archive.mjs';

const { values: opt } = parseArgs({
  options: {
    docs: { type: 'string', default: '100000' },
    rounds: { type: 'string', default: '40' },
    concurrency: { type: 'string', default: '8' },
    port: { type: 'string', default: '18890' },
    alias: { type: 'string', default: 'bench-releases' },
    reload: { type: 'boolean', default: false },
  },
});
const DOCS = Number(opt.docs);
const ROUNDS = Number(opt.rounds);
const CONCURRENCY = Number(opt.concurrency);
const ALIAS = opt.alias;
const URL_ES = process.env.ELASTICSEARCH_URL ?? 'http://127.0.0.1:9200';
const API = `http://127.0.0.1:${opt.port}`;
const root = fileURLToPath(new URL('..', import.meta.url));
const es = createElasticClient(URL_ES, 120_000);

// ---- typical analyst queries -----------------------------------------------------------
const QUERIES = [
  { name: 'word', params: { q: 'summit' } },
  { name: 'two words + facets', params: { q: 'nuclear sanctions' } },
  { name: 'phrase -not', params: { q: '"trade agreement" -tariffs' } },
  { name: 'or + field scope', params: { q: 'title:(ocean | climate) aid' } },
  { name: 'wildcard + lang', params: { q: 'minist* energy', language: 'es' } },
  { name: 'filters, by date', params: { q: 'security', country: 'KP', from: '2018-01-01', to: '2020-12-31', sort: 'date' } },
  { name: 'entity + topic', params: { entity: 'Qb7', topic: 'medtop:11000000' } },
  { name: 'browse, no collapse', params: { sort: 'date', collapse: 'false', facets: 'false' } },
];

const asList = (v) => (v === undefined ? undefined : String(v).split(','));
function directBody(params) {
  const filters = { ...params, source: asList(params.source), country: asList(params.country), language: asList(params.language), entity: asList(params.entity), topic: asList(params.topic) };
  const { query, hasText } = buildQuery(filters);
  return {
    index: ALIAS,
    ...searchBody(query, {
      sort: params.sort ?? (hasText ? 'relevance' : 'date'),
      collapse: params.collapse !== 'false',
      offset: 0,
      facets: params.facets !== 'false',
      dateInterval: 'month',
      limit: 20,
    }),
  };
}

async function viaApi(params) {
  const t = performance.now();
  const res = await fetch(`${API}/search?${new URLSearchParams(params)}`);
  const body = await res.json();
  if (res.status !== 200) throw new Error(`API ${res.status}: ${JSON.stringify(body)}`);
  return { ms: performance.now() - t, total: body.total };
}

async function direct(params) {
  const t = performance.now();
  const res = await es.search(directBody(params));
  return { ms: performance.now() - t, total: res.hits.total.value };
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

async function throughput(fn, seconds = 8) {
  let done = 0;
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async (_, w) => {
      for (let i = w; performance.now() < until; i++) {
        await fn(QUERIES[i % QUERIES.length].params);
        done++;
      }
    }),
  );
  return done / seconds;
}

async function startSearch() {
  const child = spawn(process.execPath, ['services/search/dist/main.js'], {
    cwd: root,
    env: { ...process.env, PORT: opt.port, ELASTICSEARCH_ALIAS: ALIAS, LOG_LEVEL: 'warn', LOG_FORMAT: 'json', NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 120; i++) {
    const ready = await fetch(`${API}/health/ready`).then((r) => r.ok, () => false);
    if (ready) return child;
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill();
  throw new Error('search service did not become ready');
}

const loadSeconds = await loadArchive(es, { alias: ALIAS, docs: DOCS, reload: opt.reload });
const service = await startSearch();
try {
  for (const q of QUERIES) {
    const [a, d] = [await viaApi(q.params), await direct(q.params)];
    if (a.total !== d.total) throw new Error(`${q.name}: API total ${a.total} ≠ direct ${d.total}`);
  }
  for (let i = 0; i < 5; i++) for (const q of QUERIES) await Promise.all([viaApi(q.params), direct(q.params)]); // warm-up

  const api = [];
  const es_ = [];
  console.log('\nquery                        api p50   api p99    es p50    es p99   (ms)');
  for (const q of QUERIES) {
    const a = [];
    const d = [];
    for (let r = 0; r < ROUNDS; r++) {
      // Alternate who goes first so that neither always meets a warmer cache.
      if (r % 2) { a.push((await viaApi(q.params)).ms); d.push((await direct(q.params)).ms); }
      else { d.push((await direct(q.params)).ms); a.push((await viaApi(q.params)).ms); }
    }
    api.push(...a);
    es_.push(...d);
    const f = (v) => v.toFixed(1).padStart(8);
    console.log(`${q.name.padEnd(26)} ${f(percentile(a, 50))}  ${f(percentile(a, 99))}  ${f(percentile(d, 50))}  ${f(percentile(d, 99))}`);
  }
  const apiRps = await throughput(viaApi);
  const esRps = await throughput(direct);
  const r = (v) => v.toFixed(1);
  const summary = {
    docs: DOCS,
    queries: QUERIES.length,
    rounds: ROUNDS,
    load_s: r(loadSeconds),
    api_p50_ms: r(percentile(api, 50)),
    api_p99_ms: r(percentile(api, 99)),
    es_p50_ms: r(percentile(es_, 50)),
    es_p99_ms: r(percentile(es_, 99)),
    ratio_p50: (percentile(api, 50) / percentile(es_, 50)).toFixed(2),
    ratio_p99: (percentile(api, 99) / percentile(es_, 99)).toFixed(2),
    api_rps: r(apiRps),
    es_rps: r(esRps),
    concurrency: CONCURRENCY,
  };
  console.log(`\nthroughput at concurrency ${CONCURRENCY}: API ${r(apiRps)} req/s, direct ${r(esRps)} req/s`);
  console.log(`bench: ${Object.entries(summary).map(([k, v]) => `${k}=${v}`).join(' ')}`);
} finally {
  service.kill('SIGTERM');
  await es.close();
}
