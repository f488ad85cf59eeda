// Kafka and Elasticsearch chores of the pipeline benchmark: consumer groups that start at the
// topics' end, waiting for them to join, and the run's own index.
import { CONSUMED_TOPICS } from '@demarche/contracts';
import { createElasticClient, ensureReleasesIndex } from '@demarche/elastic';
import { kafkaClient } from '../../scripts/lib/kafka.mjs';
import { startGroupsAtEnd } from '../../scripts/lib/topics.mjs';

export const ES_URL = process.env.ELASTICSEARCH_URL ?? 'http://127.0.0.1:9200';

/** Which topics each service's consumer group reads (each service checks its handlers against it at start). */
export const CONSUMED = CONSUMED_TOPICS;

export function kafkaAdmin() {
  return kafkaClient('bench-pipeline').admin();
}

/** The run's new groups start at the topics' end, not at their history. */
export function startRunGroupsAtEnd(admin, prefix) {
  return startGroupsAtEnd(admin, Object.fromEntries(Object.entries(CONSUMED).map(([service, topics]) => [`${prefix}.${service}`, topics])));
}

/** Resolves once every group is Stable with a member: messages pushed from now on are read at once. */
export async function waitGroupsStable(admin, prefix, timeoutMs = 60_000) {
  const groupIds = Object.keys(CONSUMED).map((service) => `${prefix}.${service}`);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { groups } = await admin.describeGroups(groupIds);
    const waiting = groups.filter((g) => g.state !== 'Stable' || g.members.length === 0).map((g) => `${g.groupId}:${g.state}`);
    if (waiting.length === 0) return;
    if (Date.now() > deadline) throw new Error(`consumer groups not stable: ${waiting.join(', ')}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

export async function deleteGroups(admin, prefix) {
  await admin.deleteGroups(Object.keys(CONSUMED).map((service) => `${prefix}.${service}`)).catch(() => undefined);
}

export function elastic() {
  return createElasticClient(ES_URL, 60_000);
}

/** The run's alias with its own template and versioned index, as the bootstrap makes them. */
export async function createAlias(client, alias) {
  return ensureReleasesIndex(client, alias);
}

/** Removes the run's indices (behind the alias and the baseline's) and its template. */
export async function dropAlias(client, alias) {
  // Wildcard deletes are refused (action.destructive_requires_name): name each index.
  const indices = await client.indices.get({ index: `${alias}-v*`, allow_no_indices: true, ignore_unavailable: true }).catch(() => ({}));
  for (const index of Object.keys(indices)) await client.indices.delete({ index }).catch(() => undefined);
  await client.indices.deleteIndexTemplate({ name: `${alias}-template` }).catch(() => undefined);
}

/** Every document of an index, paged with search_after on _id-sorted `id`. */
export async function allDocuments(client, index) {
  const docs = [];
  let after;
  for (;;) {
    const res = await client.search({ index, size: 1000, sort: [{ id: 'asc' }], query: { match_all: {} }, ...(after ? { search_after: after } : {}) });
    const hits = res.hits.hits;
    if (hits.length === 0) return docs;
    for (const hit of hits) docs.push(hit._source);
    after = hits.at(-1).sort;
  }
}

/**
 * The baseline: the same final documents bulk-written straight into a fresh index made from the
 * same template (same versioned write as the index service), until searchable (a refresh).
 */
export async function directBulk(client, alias, docs, batchSize) {
  const index = `${alias}-vdirect`;
  await client.indices.create({ index });
  await client.cluster.health({ index, wait_for_status: 'green', timeout: '30s' });
  const started = performance.now();
  for (let i = 0; i < docs.length; i += batchSize) {
    const res = await client.bulk({
      index,
      operations: docs.slice(i, i + batchSize).flatMap((doc) => [{ index: { _id: doc.id, version: doc.revision, version_type: 'external_gte' } }, doc]),
    });
    if (res.errors) throw new Error(`direct bulk: ${JSON.stringify(res.items.find((it) => it.index?.error)?.index?.error)}`);
  }
  await client.indices.refresh({ index });
  const seconds = (performance.now() - started) / 1000;
  const { count } = await client.count({ index });
  await client.indices.delete({ index });
  return { docs: count, seconds, rps: count / seconds, batchSize };
}
