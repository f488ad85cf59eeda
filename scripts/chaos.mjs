#!/usr/bin/env node
// Fault injection (`npm run test:chaos`): streams N releases through ingest's HTTP API at a
// steady rate while each service is killed (-9) in turn and restarted, Kafka is restarted and
// Elasticsearch is restarted, with a few deliberately poisoned messages put straight on the stage
// topics. Afterwards it checks: exactly N documents for the run, no duplicate, nothing in a DLQ
// but the poison, every subscriber delivered each match exactly once, the ledger showing every
// release indexed. Ends with a `chaos: key=value …` line and `chaos: N passed, M failed`.
//
//   node scripts/chaos.mjs [--releases 10000] [--short] [--rate <per s>] [--keep] [--no-lock]
//
// "Exactly once" for a subscriber: every release (story) arrives, and a receiver that drops
// repeats of a Demarche-Delivery id it has already seen is left with no duplicate — retries of
// one delivery (same id, e.g. after feeds died between the POST and recording it) are allowed.
//
// Isolation on the shared stack: services on ports 28080–28085 with a consumer-group prefix, an
// index alias, a webhook receiver and SQLite files of their own; the new groups start at the
// topics' ends; the run's data is told apart by a random marker in source and titles. It holds
// the stack lock for its whole run (re-running itself under `flock`), because it restarts Kafka and
// Elasticsearch, and leaves them up and healthy, even on failure. Needs the stack and a build.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { bootstrapElasticsearch, bootstrapKafka } from './bootstrap.mjs';
import { countDocuments, deleteAliasAndIndices, ledgerNotIndexed, scanDocuments } from './lib/chaos/checks.mjs';
import { ServiceFleet, ensureStackHealthy, restartStackComponent } from './lib/chaos/faults.mjs';
import { readSince } from './lib/chaos/kafka-window.mjs';
import { guardRunWindow, headerText, kafkaClient, pipelineTopics, startGroupIds, topicEnds } from './lib/kafka.mjs';
import { startGroupsAtEnd } from './lib/topics.mjs';
import { streamReleases } from './lib/chaos/releases.mjs';
import { startWebhookReceiver } from './lib/chaos/webhook-receiver.mjs';
import { root, stopServices } from './lib/services.mjs';

const { values } = parseArgs({
  options: {
    releases: { type: 'string' },
    short: { type: 'boolean', default: false },
    rate: { type: 'string' },
    'down-ms': { type: 'string', default: '3000' },
    'quiesce-timeout-s': { type: 'string', default: '600' },
    keep: { type: 'boolean', default: false },
    'no-lock': { type: 'boolean', default: false },
  },
});

// The stack lock: no other chaos run or benchmark may use the stack while Kafka and Elasticsearch restart.
const LOCK = process.env.DEMARCHE_STACK_LOCK ?? join(tmpdir(), 'demarche-stack.lock');
if (!values['no-lock'] && !process.env.DEMARCHE_STACK_LOCK_HELD) {
  console.log(`chaos: waiting for ${LOCK}`);
  const locked = spawnSync('flock', ['-w', '3600', LOCK, process.execPath, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, DEMARCHE_STACK_LOCK_HELD: '1' },
  });
  if (locked.error) console.error(`chaos: cannot take ${LOCK} with flock (${locked.error.message}); --no-lock runs without it`);
  process.exit(locked.status ?? 1);
}

// Kafka and Elasticsearch are restarted through deploy/local/stack: without it there is no chaos run.
const stackAtStart = spawnSync(join(root, 'deploy/local/stack'), ['status', 'kafka', 'elasticsearch'], { encoding: 'utf8' });
if (stackAtStart.status !== 0) {
  console.log(stackAtStart.stdout ?? '');
  console.log('chaos: skipped: Kafka and Elasticsearch must run from deploy/local/stack (healthy), which restarts them');
  console.log('chaos: 0 passed, 0 failed');
  process.exit(0);
}

const N = Number(values.releases ?? (values.short ? 1000 : 10_000));
// Slow enough that every fault happens while releases are still streaming: a killed consumer's
// partitions wait for its session timeout (30 s), so the faults take about four minutes.
const RATE = Number(values.rate ?? Math.min(25, N / 300));
const DOWN_MS = Number(values['down-ms']);
const QUIESCE_MS = Number(values['quiesce-timeout-s']) * 1000;
const run = randomBytes(4).toString('hex');
const source = `chaos-${run}.example.org`;
const ALIAS = `releases-chaos-${run}`;
const PREFIX = `demarche-chaos-${run}`;
const dataDir = join(root, '.data', `chaos-${run}`);
const ES = process.env.ELASTICSEARCH_URL ?? 'http://127.0.0.1:9200';
const PORTS = { SEARCH_PORT: 28080, INGEST_PORT: 28081, FEEDS_PORT: 28082, TRANSLATE_PORT: 28083, ENRICH_PORT: 28084, INDEX_PORT: 28085 };
const ingestUrl = `http://127.0.0.1:${PORTS.INGEST_PORT}`;
const feedsUrl = `http://127.0.0.1:${PORTS.FEEDS_PORT}`;
const searchUrl = `http://127.0.0.1:${PORTS.SEARCH_PORT}`;
const SERVICE_NAMES = ['search', 'ingest', 'feeds', 'translate', 'enrich', 'index'];
const T = {
  ingested: 'releases.ingested.v1',
  translated: 'releases.translated.v1',
  enriched: 'releases.enriched.v1',
  indexed: 'releases.indexed.v1',
};
/** Who consumes what: each consumer of a poisoned topic parks it once. */
const CONSUMERS = {
  translate: [T.ingested],
  enrich: [T.translated],
  index: [T.enriched],
  feeds: [T.indexed],
  ingest: [T.translated, T.enriched, T.indexed],
};
const TOPIC_FEED = 'feeds.korean-peninsula.v1';

const started = Date.now();
const log = (msg) => console.log(`chaos [${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s] ${msg}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

delete process.env.DATABASE_URL; // SQLite files of the run's own, removed afterwards
const env = {
  ...PORTS,
  NODE_ENV: 'production',
  LOG_FORMAT: 'json',
  LOG_LEVEL: process.env.CHAOS_LOG_LEVEL ?? 'warn',
  KAFKA_GROUP_PREFIX: PREFIX,
  ELASTICSEARCH_ALIAS: ALIAS,
  SQLITE_DIR: dataDir,
  // The run's releases are English: nothing to translate, the translate stage passes them on.
  TRANSLATION_TARGETS: 'en',
  TRANSLATION_SOURCE_TARGETS: '',
  // The receiver is on loopback; feeds refuses private targets unless told otherwise.
  WEBHOOK_ALLOW_PRIVATE_NETWORK: 'true',
  WEBHOOK_RETRY_MAX_MS: '10000',
  CONSUMER_LAG_INTERVAL_MS: '5000',
  // The run reads each release's ledger status back: no per-address rate limit on loopback.
  RATE_LIMIT_OPEN: '0',
};

// Chaos restarts the broker under the run: clients keep retrying through it.
const kafka = kafkaClient(`chaos-${run}`, { retry: { initialRetryTime: 300, retries: 12 } });
const admin = kafka.admin();
const fleet = new ServiceFleet({ envFor: () => env, logDir: join(dataDir, 'logs'), quiet: !process.env.DEMARCHE_CHAOS_LOGS });
const receiver = await startWebhookReceiver({ failRate: 0.01 });
const faults = { kills: 0, kafka_restarts: 0, es_restarts: 0, poisoned: 0, afterStream: 0, log: [] };
let streamEnded = false;
const poisonKeys = [];
let skipRunWindow;
let stackAfter = { healthy: false, output: '' };
const checks = [];
const check = (name, ok, detail) => {
  checks.push({ name, ok });
  console.log(`  ${ok ? 'PASS' : 'FAIL'}  ${name}${detail ? `  (${detail})` : ''}`);
};

// Interrupted mid-fault, Kafka or Elasticsearch may be down: bring them back before leaving.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    log(`${signal}: stopping the services and making sure the stack is up`);
    await stopServices(fleet.all).catch(() => undefined);
    const stack = await ensureStackHealthy(['kafka', 'elasticsearch']);
    console.log(stack.output.trim());
    console.log('chaos: 0 passed, 1 failed');
    process.exit(130);
  });
}

let figures;
try {
  log(`run ${run}: ${N} releases at ${RATE.toFixed(1)}/s, source ${source}, alias ${ALIAS}, groups ${PREFIX}.*`);
  await bootstrapKafka();
  await bootstrapElasticsearch(ES, ALIAS);
  await admin.connect();

  const allTopics = await pipelineTopics(admin);
  const dlqStart = await topicEnds(admin, allTopics.filter((t) => t.endsWith('.dlq')));
  const feedStart = await topicEnds(admin, [TOPIC_FEED]);
  skipRunWindow = await guardRunWindow(admin, { topics: allTopics, groupIds: startGroupIds(), exclude: (id) => id.startsWith(`${PREFIX}.`) });
  log("idle, caught-up consumer groups noted; seeding the run's groups at the topics' ends");
  await startGroupsAtEnd(admin, Object.fromEntries(Object.entries(CONSUMERS).map(([service, topics]) => [`${PREFIX}.${service}`, topics])));

  await fleet.start(SERVICE_NAMES);
  log('six services ready');
  const subscriptions = await createSubscriptions();

  const plan = faultPlan(Date.now(), N / RATE);
  const stream = streamReleases({
    ingestUrl,
    run,
    source,
    count: N,
    rate: RATE,
    onProgress: (n) => n % Math.max(1, Math.round(N / 10)) === 0 && log(`pushed ${n}/${N} (retries so far ${stream.stats.retries})`),
  });
  const chaos = runFaults(plan);
  chaos.catch(() => undefined); // awaited below, once the stream is done
  const pushed = await stream.done;
  streamEnded = true;
  log(`streaming done in ${(pushed.durationMs / 1000).toFixed(0)} s: ${pushed.stats.accepted} accepted, ${pushed.stats.duplicates} answered duplicate on a retry, ${pushed.rejected.length} rejected, ${pushed.stats.retries} retried pushes`);
  await chaos;
  await fleet.allReady();

  const ids = pushed.ids.filter(Boolean);
  const idSet = new Set(ids);
  const quiet = await quiesce(idSet, subscriptions);
  log(quiet.reached ? `quiescent after ${quiet.waitedS} s` : `NOT quiescent after ${quiet.waitedS} s: ${quiet.why}`);

  // Read back everything the run wrote.
  const docs = await scanDocuments(ES, ALIAS, source);
  const byMarker = new Map();
  for (const doc of docs) {
    const marker = /chaos[0-9a-f]{8} n(\d+)\b/.exec(doc.title)?.[1] ?? doc.title;
    byMarker.set(marker, (byMarker.get(marker) ?? 0) + 1);
  }
  const duplicates = [...byMarker.values()].reduce((sum, c) => sum + c - 1, 0);
  const stray = docs.filter((d) => !idSet.has(d.id)).length;
  const clusterOf = new Map(docs.map((d) => [d.id, d.clusterId ?? d.id]));
  const clusters = new Set(clusterOf.values());

  const dlq = await readSince(kafka, dlqStart, `${PREFIX}.reader-dlq`);
  const poisonSeen = new Set();
  let poisonParked = 0;
  const unexpected = [];
  let foreign = 0;
  for (const m of dlq) {
    if (m.key && poisonKeys.includes(m.key)) {
      poisonParked++;
      poisonSeen.add(`${m.key} ${headerText(m.headers, 'x-stage')}`);
    } else if ((m.key && idSet.has(m.key)) || m.value?.includes(`chaos${run}`)) {
      unexpected.push({ topic: m.topic, key: m.key, stage: headerText(m.headers, 'x-stage'), error: headerText(m.headers, 'x-error') });
    } else foreign++;
  }
  const poisonExpected = faults.poisonExpected ?? [];
  const poisonMissing = poisonExpected.filter((p) => !poisonSeen.has(p));

  const feedMessages = (await readSince(kafka, feedStart, `${PREFIX}.reader-feed`)).filter((m) => m.key && idSet.has(m.key));
  const feedByCluster = new Map();
  for (const m of feedMessages) {
    const cluster = clusterOf.get(m.key) ?? m.key;
    const set = feedByCluster.get(cluster) ?? new Set();
    set.add(headerText(m.headers, 'demarche-delivery') ?? `${m.topic}/${m.partition}/${m.offset}`);
    feedByCluster.set(cluster, set);
  }
  const feedMissing = [...clusters].filter((c) => !feedByCluster.has(c)).length;
  const feedDuplicates = [...feedByCluster.values()].reduce((sum, s) => sum + s.size - 1, 0);

  const delivered = receiver.bySubscription();
  const webhook = subscriptions.map((sub) => {
    const got = delivered.get(sub.id) ?? new Map();
    // everyCopy: one delivery per release; otherwise one per story (near-duplicate cluster).
    const units = new Map();
    for (const [releaseId, deliveryIds] of got) {
      if (!idSet.has(releaseId)) continue;
      const unit = sub.everyCopy ? releaseId : (clusterOf.get(releaseId) ?? releaseId);
      units.set(unit, [...(units.get(unit) ?? []), ...deliveryIds]);
    }
    const expected = sub.everyCopy ? idSet : clusters;
    const missing = [...expected].filter((u) => !units.has(u)).length;
    const dup = [...units.values()].reduce((sum, list) => sum + new Set(list).size - 1, 0);
    return { name: sub.name, expected: expected.size, got: units.size, missing, duplicates: dup };
  });
  const webhooksMissing = webhook.reduce((s, w) => s + w.missing, 0);
  const webhookDuplicates = webhook.reduce((s, w) => s + w.duplicates, 0);

  const notIndexed = await ledgerNotIndexed(ingestUrl, [...idSet]);
  const searchAnswer = await fetch(`${searchUrl}/search?q=${encodeURIComponent(`chaos${run}`)}&source=${source}&limit=1&collapse=false`).then(
    async (r) => (r.ok ? (await r.json()).total : `HTTP ${r.status}`),
    (e) => e.message,
  );

  figures = { docs: docs.length, duplicates, unexpected: unexpected.length, webhooksMissing, webhookDuplicates };
  console.log('\nfigures');
  console.log(`  releases pushed ${N}, accepted with an id ${ids.length} (${idSet.size} distinct), rejected ${pushed.rejected.length}, retried pushes ${pushed.stats.retries}`);
  console.log(`  elasticsearch: ${docs.length} documents for the run, ${duplicates} duplicates, ${stray} not among the accepted ids, ${clusters.size} stories`);
  console.log(`  dead letters since the start: ${dlq.length} (${poisonParked} for the ${poisonKeys.length} poisoned messages, ${poisonExpected.length} expected; ${unexpected.length} of the run's releases; ${foreign} from elsewhere)`);
  for (const u of unexpected.slice(0, 10)) console.log(`    unexpected: ${u.topic} ${u.key} stage=${u.stage}: ${u.error}`);
  for (const w of webhook) console.log(`  webhook "${w.name}": ${w.got}/${w.expected} delivered, ${w.missing} missing, ${w.duplicates} duplicates`);
  console.log(`  receiver: ${receiver.stats.posts} POSTs, ${receiver.stats.refused} refused on purpose (503), ${receiver.repeats()} repeats of a delivery id dropped, ${receiver.stats.badSignatures} bad signatures`);
  console.log(`  topic feed ${TOPIC_FEED}: ${feedByCluster.size}/${clusters.size} stories, ${feedMissing} missing, ${feedDuplicates} duplicates (${feedMessages.length} messages)`);
  console.log(`  ledger: ${idSet.size - notIndexed.length}/${idSet.size} releases indexed${notIndexed.length ? `; e.g. ${notIndexed.slice(0, 3).map((m) => `${m.id}=${m.status}`).join(', ')}` : ''}`);
  console.log(`  search API: total ${searchAnswer} for the run's marker`);
  for (const f of faults.log) console.log(`  fault: ${f}`);

  console.log('\nchecks');
  check(`all ${N} releases accepted, each with its own id`, ids.length === N && idSet.size === N && pushed.rejected.length === 0, pushed.rejected.length ? `rejected e.g. ${JSON.stringify(pushed.rejected[0])}` : undefined);
  check(`every fault injected (6 kills, Kafka and Elasticsearch restarted, poison published)`, faults.kills === 6 && faults.kafka_restarts === 1 && faults.es_restarts === 1 && faults.poisoned > 0);
  check('every fault injected while releases were streaming', faults.afterStream === 0, faults.afterStream ? `${faults.afterStream} after the stream ended: lower --rate` : undefined);
  check('pipeline quiescent within the timeout', quiet.reached, quiet.reached ? undefined : quiet.why);
  check(`exactly ${N} documents for the run in Elasticsearch`, docs.length === N && stray === 0, `${docs.length}`);
  check('no duplicate documents', duplicates === 0, `${duplicates}`);
  // The run's releases share no sentences: near-duplicate clustering must keep each its own story.
  check('each release its own story (no false near-duplicate)', clusters.size === docs.length, `${clusters.size} stories`);
  check('nothing dead-lettered for the run but the poison', unexpected.length === 0, `${unexpected.length}`);
  check('every poisoned message dead-lettered by the stage consuming it', poisonExpected.length > 0 && poisonMissing.length === 0, poisonMissing.slice(0, 3).join('; ') || undefined);
  check('every webhook subscriber got each match, none twice (after dropping repeated delivery ids)', webhooksMissing === 0 && webhookDuplicates === 0, `missing ${webhooksMissing}, duplicates ${webhookDuplicates}`);
  check('every webhook correctly signed', receiver.stats.badSignatures === 0 && receiver.stats.malformed === 0);
  check(`topic feed ${TOPIC_FEED} published each story exactly once`, feedMissing === 0 && feedDuplicates === 0, `missing ${feedMissing}, duplicates ${feedDuplicates}`);
  check('the ledger shows every release indexed', notIndexed.length === 0, `${notIndexed.length} not indexed`);
  check('search answers for the run after the faults', searchAnswer === N, `${searchAnswer}`);
} catch (error) {
  console.error(`chaos: run aborted: ${error.stack ?? error.message}`);
  check('run completed', false, error.message);
} finally {
  log('cleaning up');
  await stopServices(fleet.all).catch(() => undefined);
  await receiver.close();
  stackAfter = await ensureStackHealthy(['kafka', 'elasticsearch']);
  log(`stack ${stackAfter.healthy ? 'healthy' : 'NOT healthy'}`);
  if (!values.keep) {
    try {
      await admin.connect();
      const moved = await skipRunWindow?.();
      if (moved) log(`moved ${moved} idle, caught-up consumer group(s) past the run's messages`);
      const { groups } = await admin.listGroups();
      await admin.deleteGroups(groups.map((g) => g.groupId).filter((id) => id.startsWith(`${PREFIX}.`))).catch(() => undefined);
    } catch (error) {
      log(`kafka clean-up skipped: ${error.message}`);
    }
    await deleteAliasAndIndices(ES, ALIAS).catch(() => undefined);
  }
  await admin.disconnect().catch(() => undefined);
  check('stack left up and healthy (deploy/local/stack status)', stackAfter.healthy, stackAfter.healthy ? undefined : stackAfter.output.trim());
  const failed = checks.filter((c) => !c.ok).length;
  if (!values.keep && failed === 0) rmSync(dataDir, { recursive: true, force: true });
  else console.log(`chaos: service logs and SQLite files kept in ${dataDir}`);

  console.log(
    `chaos: releases=${N} docs=${figures?.docs ?? 'n/a'} duplicates=${figures?.duplicates ?? 'n/a'} dlq_unexpected=${figures?.unexpected ?? 'n/a'} ` +
      `webhooks_missing=${figures?.webhooksMissing ?? 'n/a'} webhook_duplicates=${figures?.webhookDuplicates ?? 'n/a'} kills=${faults.kills} ` +
      `kafka_restarts=${faults.kafka_restarts} es_restarts=${faults.es_restarts} duration_s=${Math.round((Date.now() - started) / 1000)}`,
  );
  console.log(`chaos: ${checks.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

async function createSubscriptions() {
  const specs = [
    // Structured filter, one delivery per release.
    { name: `chaos ${run} by source`, filter: { sources: [source] }, everyCopy: true },
    // A query, checked by Elasticsearch (so it waits out the Elasticsearch restart), one per story.
    { name: `chaos ${run} by query`, filter: { query: `chaos${run}` }, everyCopy: false },
  ];
  const subs = [];
  for (const spec of specs) {
    const res = await fetch(`${feedsUrl}/subscriptions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: spec.name, owner: `chaos-${run}`, filter: spec.filter, delivery: { webhook: { url: receiver.url }, everyCopy: spec.everyCopy } }),
    });
    const body = await res.json();
    if (res.status !== 201) throw new Error(`subscription "${spec.name}": HTTP ${res.status} ${JSON.stringify(body)}`);
    receiver.expect(body.id, body.webhookSecret);
    subs.push({ ...spec, id: body.id });
  }
  return subs;
}

/** The faults, spread over the stream's planned duration (each starts once the previous one recovered). */
function faultPlan(streamStart, streamSeconds) {
  const at = (share) => streamStart + share * streamSeconds * 1000;
  return [
    { at: at(0.05), what: 'kill', name: 'ingest' },
    { at: at(0.1), what: 'poison' },
    { at: at(0.15), what: 'kill', name: 'translate' },
    { at: at(0.25), what: 'kafka' },
    { at: at(0.35), what: 'kill', name: 'enrich' },
    { at: at(0.45), what: 'kill', name: 'index' },
    { at: at(0.55), what: 'poison' },
    { at: at(0.6), what: 'elasticsearch' },
    { at: at(0.7), what: 'kill', name: 'feeds' },
    { at: at(0.8), what: 'kill', name: 'search' },
  ];
}

async function runFaults(plan) {
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
  let round = 0;
  for (const step of plan) {
    if (step.at > Date.now()) await sleep(step.at - Date.now());
    if (streamEnded) faults.afterStream++;
    const t0 = Date.now();
    if (step.what === 'kill') {
      await fleet.killAndRestart(step.name, DOWN_MS);
      faults.kills++;
    } else if (step.what === 'kafka') {
      await restartStackComponent('kafka');
      faults.kafka_restarts++;
    } else if (step.what === 'elasticsearch') {
      await restartStackComponent('elasticsearch');
      faults.es_restarts++;
    } else {
      await producer.connect();
      await publishPoison(producer, ++round);
      await producer.disconnect();
    }
    const what = step.what === 'kill' ? `kill -9 ${step.name}, restarted` : step.what === 'poison' ? 'poisoned messages published' : `${step.what} restarted`;
    await fleet.allReady();
    const line = `${what}; all ready again after ${((Date.now() - t0) / 1000).toFixed(1)} s`;
    faults.log.push(line);
    log(line);
  }
}

/** Not JSON, or JSON that breaks the contract: one of each kind on every stage topic. */
async function publishPoison(producer, round) {
  const bodies = [Buffer.from(`{"id": "rel_broken", "title": 42 chaos${run}`), Buffer.from(JSON.stringify({ id: `poison-${run}`, chaos: run }))];
  faults.poisonExpected ??= [];
  for (const topic of Object.values(T)) {
    const key = `chaos-${run}-poison-${round}-${topic}`;
    poisonKeys.push(key);
    const value = bodies[poisonKeys.length % 2];
    await producer.send({ topic, acks: -1, messages: [{ key, value, headers: { ce_id: key, ce_type: 'org.demarche.chaos.poison' } }] });
    faults.poisoned++;
    // Ingest only observes the later topics (stage times for its ledger): the stage that owns a topic dead-letters its poison.
    for (const [service, topics] of Object.entries(CONSUMERS)) if (service !== 'ingest' && topics.includes(topic)) faults.poisonExpected.push(`${key} ${service}`);
  }
}

/** Waits until the run's groups have no lag and every document, webhook and topic-feed item is there. */
async function quiesce(idSet, subscriptions) {
  const t0 = Date.now();
  let why = 'not checked yet';
  let notIndexed = [...idSet];
  while (Date.now() - t0 < QUIESCE_MS) {
    try {
      const lag = await groupLag();
      const count = await countDocuments(ES, ALIAS, source);
      const delivered = receiver.bySubscription();
      const perRelease = subscriptions.find((s) => s.everyCopy);
      const got = [...(delivered.get(perRelease.id)?.keys() ?? [])].filter((id) => idSet.has(id)).length;
      why = `lag ${lag}, documents ${count}/${idSet.size}, webhooks ${got}/${idSet.size}`;
      if (lag === 0 && count === idSet.size && got === idSet.size) {
        notIndexed = (await ledgerNotIndexed(ingestUrl, notIndexed)).map((m) => m.id);
        why += `, ledger ${idSet.size - notIndexed.length}/${idSet.size} indexed`;
        if (notIndexed.length === 0) return { reached: true, waitedS: Math.round((Date.now() - t0) / 1000) };
      }
    } catch (error) {
      why = error.message;
    }
    if ((Date.now() - t0) % 30_000 < 3000) log(`waiting: ${why}`);
    await sleep(3000);
  }
  return { reached: false, waitedS: Math.round((Date.now() - t0) / 1000), why };
}

async function groupLag() {
  let lag = 0;
  for (const [service, topics] of Object.entries(CONSUMERS)) {
    const ends = await topicEnds(admin, topics);
    for (const { topic, partitions } of await admin.fetchOffsets({ groupId: `${PREFIX}.${service}`, topics })) {
      for (const p of partitions) lag += Math.max(0, ends.get(topic).find((e) => e.partition === p.partition).high - Number(p.offset));
    }
  }
  return lag;
}
