#!/usr/bin/env node
// `npm start`: the stack and the six services, in the foreground; Ctrl-C stops what it started.
// `npm run demo`: the same, then ingests the sample releases in samples/ and shows a search.
import { execFileSync, spawn } from 'node:child_process';
import { bootstrapElasticsearch, bootstrapKafka } from './bootstrap.mjs';
import { pickDatabaseUrl } from './lib/database.mjs';
import { runDemo } from './lib/demo.mjs';
import { SERVICES, root, startServices, stopServices, waitReady } from './lib/services.mjs';
import { dockerEngineAnswers, localStack, localStackRunning } from './lib/stack.mjs';

const demo = process.argv.includes('--demo');
const log = (line) => console.log(`\x1b[1mdemarche\x1b[0m  ${line}`);

if (dockerEngineAnswers() && !process.env.DEMARCHE_NO_DOCKER) {
  log('Docker engine found: docker compose up --build (Ctrl-C stops it)');
  const compose = spawn('docker', ['compose', 'up', '--build'], { cwd: root, stdio: 'inherit' });
  if (demo) {
    await waitReady(SERVICES.map((s) => ({ ...s, child: compose, output: [] })), 600_000);
    await runDemo(log);
  }
  compose.on('exit', (code) => process.exit(code ?? 0));
} else {
  log('building');
  execFileSync('npx', ['tsc', '-b'], { cwd: root, stdio: 'inherit' });

  const stackWasUp = localStackRunning();
  if (!stackWasUp) {
    log('starting the local stack (deploy/local/stack up): Kafka, Elasticsearch, PostgreSQL, Apertium, extractor, CoreNLP, natasha');
    log('  about a minute on a 2-core machine; it reports every 10 s until each is healthy');
    localStack('up');
  }
  const kafka = await bootstrapKafka();
  const es = await bootstrapElasticsearch();
  log(`bootstrap: ${kafka.total} topics, alias ${es.alias} ready`);

  const databaseUrl = await pickDatabaseUrl();
  log(`database: ${databaseUrl ? 'PostgreSQL' : 'SQLite (.data/<service>.sqlite)'}`);
  // The demo's own lines would drown in the services' logs.
  const quiet = demo && !process.env.DEMARCHE_LOGS;
  if (quiet) log("the services' logs are hidden during the demo (DEMARCHE_LOGS=1 shows them)");
  const services = startServices({ NODE_ENV: 'development', ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) }, { quiet });

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    log('stopping services');
    await stopServices(services);
    if (!stackWasUp) {
      log('stopping the local stack');
      localStack('down');
    }
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  await waitReady(services);
  log('ready:');
  log('  search API   http://127.0.0.1:8080/search?q=...   (OpenAPI: http://127.0.0.1:8080/docs)');
  log('  ingest API   http://127.0.0.1:8081/releases       (OpenAPI: http://127.0.0.1:8081/docs)');
  log('  feeds        http://127.0.0.1:8082');
  log('  workers      translate :8083, enrich :8084, index :8085 (/health/ready)');
  if (demo) await runDemo(log);
  log('Ctrl-C stops everything this command started');
}
