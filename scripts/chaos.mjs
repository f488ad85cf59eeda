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
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { bootstrapElasticsearch, bootstrapKafka } from './bootstrap.mjs';
import { deleteAliasAndIndices, ledgerNotIndexed, scanDocuments } from './lib/chaos/checks.mjs';
import { faultInjector, faultPlan } from './lib/chaos/fault-plan.mjs';
import { ServiceFleet, ensureStackHealthy } from './lib/chaos/faults.mjs';
import { readSince } from './lib/chaos/kafka-window.mjs';
import { quiesce } from './lib/chaos/quiesce.mjs';
import { streamReleases } from './lib/chaos/releases.mjs';
import { runUnderStackLock, skipUnlessStackManaged } from './lib/chaos/stack-lock.mjs';
import { CONSUMERS, SERVICE_NAMES, TOPIC_FEED, serviceEnv, urls } from './lib/chaos/settings.mjs';
import { createSubscriptions } from './lib/chaos/subscriptions.mjs';
import { tallyDeadLetters, tallyDocuments, tallyTopicFeed, tallyWebhooks } from './lib/chaos/tally.mjs';
import { checkList, checkRun, printFigures } from './lib/chaos/verdict.mjs';
import { startWebhookReceiver } from './lib/chaos/webhook-receiver.mjs';
import { guardRunWindow, kafkaClient, pipelineTopics, startGroupIds, topicEnds } from './lib/kafka.mjs';
import { startGroupsAtEnd } from './lib/topics.mjs';
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

runUnderStackLock({ noLock: values['no-lock'] });
skipUnlessStackManaged();

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

const started = Date.now();
const log = (msg) => console.log(`chaos [${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s] ${msg}`);

delete process.env.DATABASE_URL; // SQLite files of the run's own, removed afterwards
const env = serviceEnv({ prefix: PREFIX, alias: ALIAS, dataDir });

// Chaos restarts the broker under the run: clients keep retrying through it.
const kafka = kafkaClient(`chaos-${run}`, { retry: { initialRetryTime: 300, retries: 12 } });
const admin = kafka.admin();
const fleet = new ServiceFleet({ envFor: () => env, logDir: join(dataDir, 'logs'), quiet: !process.env.DEMARCHE_CHAOS_LOGS });
const receiver = await startWebhookReceiver({ failRate: 0.01 });
const injector = faultInjector({ kafka, fleet, run, downMs: DOWN_MS, log });
const { faults, poisonKeys } = injector;
let skipRunWindow;
const { check, passed, failed } = checkList();

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
  const subscriptions = await createSubscriptions({ feedsUrl: urls.feeds, run, source, receiver });

  const plan = faultPlan(Date.now(), N / RATE);
  const stream = streamReleases({
    ingestUrl: urls.ingest,
    run,
    source,
    count: N,
    rate: RATE,
    onProgress: (n) => n % Math.max(1, Math.round(N / 10)) === 0 && log(`pushed ${n}/${N} (retries so far ${stream.stats.retries})`),
  });
  const chaos = injector.runPlan(plan);
  chaos.catch(() => undefined); // awaited below, once the stream is done
  const pushed = await stream.done;
  injector.streamEnded();
  log(`streaming done in ${(pushed.durationMs / 1000).toFixed(0)} s: ${pushed.stats.accepted} accepted, ${pushed.stats.duplicates} answered duplicate on a retry, ${pushed.rejected.length} rejected, ${pushed.stats.retries} retried pushes`);
  await chaos;
  await fleet.allReady();

  const ids = pushed.ids.filter(Boolean);
  const idSet = new Set(ids);
  const settle = { admin, prefix: PREFIX, es: ES, alias: ALIAS, source, receiver, ingestUrl: urls.ingest, timeoutMs: QUIESCE_MS, log };
  const quiet = await quiesce(settle, idSet, subscriptions);
  log(quiet.reached ? `quiescent after ${quiet.waitedS} s` : `NOT quiescent after ${quiet.waitedS} s: ${quiet.why}`);

  // Read back everything the run wrote.
  const docs = await scanDocuments(ES, ALIAS, source);
  const stories = tallyDocuments(docs, idSet);
  const dlq = await readSince(kafka, dlqStart, `${PREFIX}.reader-dlq`);
  const dead = tallyDeadLetters(dlq, { poisonKeys, poisonExpected: faults.poisonExpected, idSet, run });
  const feedMessages = (await readSince(kafka, feedStart, `${PREFIX}.reader-feed`)).filter((m) => m.key && idSet.has(m.key));
  const feed = tallyTopicFeed(feedMessages, stories);
  const webhook = tallyWebhooks(subscriptions, receiver.bySubscription(), { idSet, ...stories });
  const notIndexed = await ledgerNotIndexed(urls.ingest, [...idSet]);
  const searchAnswer = await fetch(`${urls.search}/search?q=${encodeURIComponent(`chaos${run}`)}&source=${source}&limit=1&collapse=false`).then(
    async (r) => (r.ok ? (await r.json()).total : `HTTP ${r.status}`),
    (e) => e.message,
  );

  const results = { N, ids, idSet, pushed, faults, quiet, docs, stories, dlq, dead, poisonKeys, webhook, receiver, feed, feedMessages, notIndexed, searchAnswer };
  printFigures(results);
  figures = checkRun(check, results);
} catch (error) {
  console.error(`chaos: run aborted: ${error.stack ?? error.message}`);
  check('run completed', false, error.message);
} finally {
  log('cleaning up');
  await stopServices(fleet.all).catch(() => undefined);
  await receiver.close();
  const stackAfter = await ensureStackHealthy(['kafka', 'elasticsearch']);
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
  if (!values.keep && failed() === 0) rmSync(dataDir, { recursive: true, force: true });
  else console.log(`chaos: service logs and SQLite files kept in ${dataDir}`);

  console.log(
    `chaos: releases=${N} docs=${figures?.docs ?? 'n/a'} duplicates=${figures?.duplicates ?? 'n/a'} dlq_unexpected=${figures?.unexpected ?? 'n/a'} ` +
      `webhooks_missing=${figures?.webhooksMissing ?? 'n/a'} webhook_duplicates=${figures?.webhookDuplicates ?? 'n/a'} kills=${faults.kills} ` +
      `kafka_restarts=${faults.kafka_restarts} es_restarts=${faults.es_restarts} duration_s=${Math.round((Date.now() - started) / 1000)}`,
  );
  console.log(`chaos: ${passed()} passed, ${failed()} failed`);
  process.exit(failed() ? 1 : 0);
}
