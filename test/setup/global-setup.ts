import { rmSync } from 'node:fs';
import { bootstrapElasticsearch, bootstrapKafka } from '../../scripts/bootstrap.mjs';
import { pickDatabaseUrl } from '../../scripts/lib/database.mjs';
import { guardRunWindow, kafkaClient, pipelineTopics, startGroupIds } from '../../scripts/lib/kafka.mjs';
import { startServices, stopServices, waitReady } from '../../scripts/lib/services.mjs';
import { TEST_ALIAS, TEST_PORTS } from '../support/env.js';
import { startContainers } from './containers.js';

/**
 * Starts the six services from their build output against the real stack (started by
 * `npm test`), on test ports, with their own consumer groups, index alias and database. The
 * releases the tests publish share the topics with `npm start`'s services: afterwards their
 * consumer groups are moved past the run's messages, so the archive never holds test releases.
 */
export default async function setup() {
  // `npm test` sets DEMARCHE_TEST_STACK=docker when it found a Docker engine and no local stack.
  const containers = process.env.DEMARCHE_TEST_STACK === 'docker' ? await startContainers() : undefined;
  await bootstrapKafka();
  await bootstrapElasticsearch(undefined, TEST_ALIAS);
  const admin = kafkaClient('demarche-test-window').admin();
  await admin.connect();
  const skipRunWindow = await guardRunWindow(admin, {
    topics: await pipelineTopics(admin),
    groupIds: startGroupIds(),
    exclude: (id) => !startGroupIds().includes(id),
  });
  await admin.disconnect(); // tests restart the broker; connect again for the clean-up

  const databaseUrl = await pickDatabaseUrl(
    process.env.DATABASE_URL ?? 'postgres://demarche:demarche@127.0.0.1:5432/demarche_test',
  );
  if (databaseUrl && !/test/.test(new URL(databaseUrl).pathname)) {
    throw new Error(`Refusing to run tests against a database whose name lacks "test": ${new URL(databaseUrl).pathname}`);
  }
  const sqliteDir = '.data/test';
  if (!databaseUrl) rmSync(sqliteDir, { recursive: true, force: true });

  const services = startServices(
    {
      ...TEST_PORTS,
      NODE_ENV: 'test',
      LOG_FORMAT: 'json',
      KAFKA_GROUP_PREFIX: 'demarche-test',
      TRANSLATION_TARGETS: 'en,es',
      // The feeds tests' webhook receivers listen on loopback; other private targets stay refused.
      WEBHOOK_ALLOW_PRIVATE_NETWORK: '127.0.0.1',
      // test/tracing.e2e-spec.ts plays the OTLP collector on this port.
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:18318',
      OTEL_BSP_SCHEDULE_DELAY: '1000',
      ELASTICSEARCH_ALIAS: TEST_ALIAS,
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { SQLITE_DIR: sqliteDir }),
    },
    { quiet: !process.env.DEMARCHE_TEST_LOGS },
  );
  await waitReady(services);

  return async () => {
    await stopServices(services);
    await admin.connect();
    await skipRunWindow();
    await admin.disconnect();
    await containers?.down();
  };
}
