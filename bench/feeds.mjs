#!/usr/bin/env node
// Ingest-to-webhook latency with 1,000 subscriptions: the six services run from their build on
// ports 28080–28085 (own consumer groups, index alias `releases-bench`, a fresh SQLite file; or
// PostgreSQL when BENCH_DATABASE_URL is set), 1,000 webhook subscriptions point at a loopback
// receiver, and each release is pushed to ingest's HTTP API. Latency is from the push to each
// signed webhook POST arriving (every subscription matches every release, so each release makes
// 1,000 deliveries); "feeds" latency is from the release's `indexedAt` to the same POST.
//
//   node bench/feeds.mjs [--subscriptions 1000] [--releases 10] [--interval-ms 1000]
//
// Needs the stack (Kafka, Elasticsearch; Apertium optional) and a build (`npx tsc -b`).
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { bootstrapElasticsearch, bootstrapKafka } from '../scripts/bootstrap.mjs';
import { startServices, stopServices, waitReady } from '../scripts/lib/services.mjs';
import { deleteGroups, kafkaAdmin, startRunGroupsAtEnd } from './pipeline/cluster.mjs';

const { values } = parseArgs({
  options: {
    subscriptions: { type: 'string', default: '1000' },
    releases: { type: 'string', default: '10' },
    'interval-ms': { type: 'string', default: '1000' },
  },
});
const SUBSCRIPTIONS = Number(values.subscriptions);
const RELEASES = Number(values.releases);
const INTERVAL = Number(values['interval-ms']);
const run = randomBytes(4).toString('hex');
const PORTS = { SEARCH_PORT: 28080, INGEST_PORT: 28081, FEEDS_PORT: 28082, TRANSLATE_PORT: 28083, ENRICH_PORT: 28084, INDEX_PORT: 28085 };
const ALIAS = 'releases-bench';
const sqlite = `.data/bench-${run}.sqlite`;
const feedsSqlite = `.data/bench-feeds-${run}.sqlite`;
const source = `bench-${run}.example.org`;

const WORDS = ('delegation ministers dialogue restraint resolution council sanctions missile launch summit envoy ceasefire treaty ' +
  'cooperation humanitarian corridor verification inspection reactor enrichment fisheries shipping border talks visit ' +
  'consultations memorandum agreement investment trade energy grain ports aviation customs visas students culture').split(' ');

/** A release of its own (near-duplicate clustering must not fold the bench releases into one story). */
function story(i) {
  const pick = () => WORDS[Math.floor(Math.random() * WORDS.length)];
  const sentence = () => Array.from({ length: 14 }, pick).join(' ');
  const title = `Foreign Ministry statement on the Korean peninsula bench${run} n${i} ${pick()} ${pick()}`;
  const paragraphs = [
    `On ${1 + (i % 28)} March the Foreign Minister spoke about the situation on the Korean peninsula, reference bench${run} n${i}.`,
    ...Array.from({ length: 4 }, () => `${sentence()}.`.replace(/^./, (c) => c.toUpperCase())),
  ];
  return [title, '', 'Monday, 05 March 2018 10:15', '', ...paragraphs].join('\n');
}

// The receiver: records when each (release, subscription) arrives.
const arrivals = [];
const receiver = createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const at = Date.now();
    const doc = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    arrivals.push({ at, releaseId: doc.demarche.releaseId, sub: req.headers['demarche-subscription'], indexedAt: Date.parse(doc.versioncreated) });
    res.writeHead(204).end();
  });
});
await new Promise((r) => receiver.listen(0, '127.0.0.1', r));
const hookUrl = `http://127.0.0.1:${receiver.address().port}/hook`;

await bootstrapKafka();
await bootstrapElasticsearch(undefined, ALIAS);
const env = {
  ...PORTS,
  NODE_ENV: 'production',
  LOG_FORMAT: 'json',
  LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
  // Groups of the run's own, started at the topics' end (not at their history).
  KAFKA_GROUP_PREFIX: `demarche-bench-feeds-${run}`,
  WEBHOOK_ALLOW_PRIVATE_NETWORK: '127.0.0.1',
  ELASTICSEARCH_ALIAS: ALIAS,
  ...(process.env.BENCH_DATABASE_URL ? { DATABASE_URL: process.env.BENCH_DATABASE_URL } : { SQLITE_PATH: sqlite }),
};
if (!process.env.BENCH_DATABASE_URL) delete process.env.DATABASE_URL;
const admin = kafkaAdmin();
await admin.connect();
await startRunGroupsAtEnd(admin, env.KAFKA_GROUP_PREFIX);
const quiet = !process.env.DEMARCHE_BENCH_LOGS;
// Feeds gets a SQLite file of its own: SQLite allows one writer, and the other services write too.
const services = [
  ...startServices(env, { quiet, only: ['search', 'ingest', 'translate', 'enrich', 'index'] }),
  ...startServices({ ...env, ...(process.env.BENCH_DATABASE_URL ? {} : { SQLITE_PATH: feedsSqlite }) }, { quiet, only: ['feeds'] }),
];
const feeds = `http://127.0.0.1:${PORTS.FEEDS_PORT}`;
const ingest = `http://127.0.0.1:${PORTS.INGEST_PORT}`;

try {
  await waitReady(services);

  // A mix of filters, all matching the bench releases: structured only, topic feed + structured, and query.
  const started = Date.now();
  for (let i = 0; i < SUBSCRIPTIONS; i += 50) {
    await Promise.all(
      Array.from({ length: Math.min(50, SUBSCRIPTIONS - i) }, (_, k) => {
        const n = i + k;
        const filter =
          n % 4 === 0 ? { sources: [source], languages: ['en'] }
          : n % 4 === 1 ? { topics: ['korean-peninsula'], sources: [source] }
          : n % 4 === 2 ? { sources: [source], query: `"Korean peninsula" bench${run}` }
          : { query: `bench${run} -zzzunmatched${n % 20}` };
        return fetch(`${feeds}/subscriptions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ name: `bench ${n}`, owner: `bench-${run}`, filter, delivery: { webhook: { url: hookUrl } } }),
        }).then((r) => {
          if (r.status !== 201) throw new Error(`subscription ${n}: HTTP ${r.status}`);
        });
      }),
    );
  }
  console.log(`subscriptions: ${SUBSCRIPTIONS} created in ${Date.now() - started} ms`);

  const pushedAt = new Map();
  for (let i = 0; i < RELEASES; i++) {
    const text = story(i);
    const t0 = Date.now();
    const res = await fetch(`${ingest}/releases?source=${source}`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: text });
    const body = await res.json();
    if (res.status !== 202) throw new Error(`push ${i}: HTTP ${res.status} ${JSON.stringify(body)}`);
    pushedAt.set(body.id, t0);
    await new Promise((r) => setTimeout(r, INTERVAL));
  }

  const expected = RELEASES * SUBSCRIPTIONS;
  const deadline = Date.now() + 180_000;
  while (arrivals.length < expected && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));

  const mine = arrivals.filter((a) => pushedAt.has(a.releaseId));
  const unique = new Set(mine.map((a) => `${a.releaseId} ${a.sub}`));
  const total = mine.map((a) => a.at - pushedAt.get(a.releaseId)).sort((a, b) => a - b);
  const inFeeds = mine.map((a) => a.at - a.indexedAt).sort((a, b) => a - b);
  const pct = (xs, p) => (xs.length ? xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] : NaN);
  const firstPerRelease = [...pushedAt.keys()].map((id) => Math.min(...mine.filter((a) => a.releaseId === id).map((a) => a.at)) - pushedAt.get(id)).sort((a, b) => a - b);

  console.log(`deliveries: ${mine.length} of ${expected} expected (${unique.size} distinct, ${mine.length - unique.size} duplicates)`);
  console.log(`ingest→webhook ms: p50 ${pct(total, 50)}  p90 ${pct(total, 90)}  p99 ${pct(total, 99)}  max ${total.at(-1)}`);
  console.log(`first webhook per release ms: p50 ${pct(firstPerRelease, 50)}  max ${firstPerRelease.at(-1)}`);
  console.log(`indexed→webhook (feeds only) ms: p50 ${pct(inFeeds, 50)}  p99 ${pct(inFeeds, 99)}`);
  console.log(
    `bench: subscriptions=${SUBSCRIPTIONS} releases=${RELEASES} deliveries=${mine.length} duplicates=${mine.length - unique.size} ` +
      `p50_ms=${pct(total, 50)} p99_ms=${pct(total, 99)} feeds_p50_ms=${pct(inFeeds, 50)} feeds_p99_ms=${pct(inFeeds, 99)}`,
  );
} finally {
  await stopServices(services);
  await deleteGroups(admin, env.KAFKA_GROUP_PREFIX);
  await admin.disconnect();
  receiver.close();
  rmSync(sqlite, { force: true });
  rmSync(feedsSqlite, { force: true });
}
