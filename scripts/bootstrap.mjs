#!/usr/bin/env node
// Creates what the services expect to exist: the Kafka topics of deploy/topics.yaml and the
// Elasticsearch index template with the versioned index behind the releases alias.
// Idempotent: run it on every start.
import { fileURLToPath } from 'node:url';
import { createElasticClient, ensureReleasesIndex } from '@demarche/elastic';
import { defaultBrokers, kafkaClient } from './lib/kafka.mjs';
import { loadTopics } from './lib/topics.mjs';

const topicsFile = fileURLToPath(new URL('../deploy/topics.yaml', import.meta.url));

async function retry(what, fn, attempts = 60) {
  for (let i = 1; ; i++) {
    try {
      return await fn();
    } catch (error) {
      if (i >= attempts) throw new Error(`${what}: ${error.message}`, { cause: error });
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

export async function bootstrapKafka(brokers = defaultBrokers()) {
  const admin = kafkaClient('demarche-bootstrap', { brokers }).admin();
  await retry('kafka', () => admin.connect());
  try {
    const existing = new Set(await admin.listTopics());
    const wanted = loadTopics(topicsFile);
    const missing = wanted.filter((t) => !existing.has(t.topic));
    if (missing.length > 0) {
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map(({ retentionMs, ...t }) => ({
          ...t,
          configEntries: [{ name: 'retention.ms', value: String(retentionMs) }],
        })),
      });
    }
    return { created: missing.map((t) => t.topic), total: wanted.length };
  } finally {
    await admin.disconnect();
  }
}

export async function bootstrapElasticsearch(
  url = process.env.ELASTICSEARCH_URL ?? 'http://127.0.0.1:9200',
  alias = process.env.ELASTICSEARCH_ALIAS ?? 'releases',
) {
  const client = createElasticClient(url);
  try {
    await retry('elasticsearch', () => client.cluster.health({ wait_for_status: 'yellow', timeout: '5s' }));
    return await ensureReleasesIndex(client, alias);
  } finally {
    await client.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const kafka = await bootstrapKafka();
  console.log(`bootstrap: kafka topics ${kafka.total} (created ${kafka.created.length}: ${kafka.created.join(', ') || 'none'})`);
  const es = await bootstrapElasticsearch();
  console.log(
    `bootstrap: elasticsearch alias ${es.alias} ${es.created ? `created on ${es.index}` : 'present'}` +
      ` (language analyzers: ${es.languageAnalyzers ? 'yes' : 'no, standard fallback'})`,
  );
}
