import { bootstrapElasticsearch, bootstrapKafka } from '../bootstrap.mjs';

export const description = 'create the Kafka topics and the Elasticsearch template and alias (idempotent)';

export async function run() {
  const kafka = await bootstrapKafka();
  console.log(`kafka: ${kafka.total} topics (created: ${kafka.created.join(', ') || 'none'})`);
  const es = await bootstrapElasticsearch();
  console.log(`elasticsearch: alias ${es.alias} ${es.created ? `created on ${es.index}` : 'present'}`);
  return 0;
}
