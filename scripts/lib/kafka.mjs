// The one Kafka client builder of the scripts, benchmarks and tests, and the bookkeeping that lets
// a run (tests, chaos, benchmarks) publish on the shared topics without leaving its releases to
// the services `npm start` runs: their consumer groups skip the run's window afterwards.
import { Kafka, logLevel } from 'kafkajs';

export const defaultBrokers = () => (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');

export function kafkaClient(clientId, { brokers = defaultBrokers(), ...options } = {}) {
  return new Kafka({ clientId, brokers, logLevel: logLevel.NOTHING, ...options });
}

/** The topics the services exchange releases and feed items on, with their dead-letter topics. */
export const pipelineTopics = async (admin) => (await admin.listTopics()).filter((t) => /^(releases|feeds)\..+\.v1(\.dlq)?$/.test(t));

/** The consumer groups `npm start` runs, under the default KAFKA_GROUP_PREFIX. */
export const startGroupIds = (prefix = 'demarche') => ['ingest', 'translate', 'enrich', 'index', 'feeds'].map((s) => `${prefix}.${s}`);

/** topic → [{ partition, high }] */
export async function topicEnds(admin, topics) {
  const ends = new Map();
  for (const topic of topics) {
    ends.set(topic, (await admin.fetchTopicOffsets(topic)).map((p) => ({ partition: p.partition, high: Number(p.high) })));
  }
  return ends;
}

export const headerText = (headers, name) => {
  const v = headers[name];
  return v === undefined || v === null ? undefined : Buffer.isBuffer(v) ? v.toString('utf8') : String(v);
};

/**
 * Remembers, before a run publishes on `topics`, which consumer groups are idle and caught up and
 * which of `groupIds` do not exist yet; the returned function moves those past the run's messages,
 * so the next `npm start` reads what was published before the run and after it, not the run itself.
 * Groups the run owns (`exclude`) are left alone.
 */
export async function guardRunWindow(admin, { topics, groupIds = [], exclude = () => false }) {
  const start = await topicEnds(admin, topics);
  const existing = new Set((await admin.listGroups()).groups.map((g) => g.groupId));
  const absent = groupIds.filter((id) => !existing.has(id));
  const snapshot = await caughtUpIdleGroups(admin, topics, start, existing, exclude);
  return async function skipRunWindow() {
    const now = new Set((await admin.listGroups()).groups.map((g) => g.groupId));
    for (const groupId of absent.filter((id) => !now.has(id))) {
      for (const [topic, partitions] of start) {
        await admin.setOffsets({ groupId, topic, partitions: partitions.map((p) => ({ partition: p.partition, offset: String(p.high) })) });
      }
    }
    return absent.length + (await moveToEnd(admin, snapshot));
  };
}

/** Groups with no member whose committed offset was at the end of a partition when the run began. */
async function caughtUpIdleGroups(admin, topics, ends, existing, exclude) {
  const ids = [...existing].filter((id) => !exclude(id));
  const described = ids.length ? (await admin.describeGroups(ids)).groups : [];
  const snapshot = [];
  for (const g of described.filter((d) => d.state === 'Empty')) {
    for (const { topic, partitions } of await admin.fetchOffsets({ groupId: g.groupId, topics })) {
      for (const p of partitions) {
        const high = ends.get(topic).find((e) => e.partition === p.partition)?.high;
        if (Number(p.offset) >= 0 && Number(p.offset) === high) snapshot.push({ groupId: g.groupId, topic, partition: p.partition, offset: high });
      }
    }
  }
  return snapshot;
}

/** Moves each snapshotted (group, partition) that has not moved since, and whose group is still idle, to the end. */
async function moveToEnd(admin, snapshot) {
  const byGroup = groupBy(snapshot, (s) => s.groupId);
  let moved = 0;
  const ends = await topicEnds(admin, [...new Set(snapshot.map((s) => s.topic))]);
  for (const [groupId, entries] of byGroup) {
    const [described] = (await admin.describeGroups([groupId])).groups;
    if (described?.state !== 'Empty') continue;
    const committed = await admin.fetchOffsets({ groupId, topics: [...new Set(entries.map((e) => e.topic))] });
    for (const [topic, list] of groupBy(entries, (e) => e.topic)) {
      const current = committed.find((c) => c.topic === topic)?.partitions ?? [];
      const partitions = list
        .filter((e) => Number(current.find((c) => c.partition === e.partition)?.offset) === e.offset)
        .map((e) => ({ from: e.offset, partition: e.partition, high: ends.get(topic).find((x) => x.partition === e.partition).high }))
        .filter((p) => p.high > p.from)
        .map((p) => ({ partition: p.partition, offset: String(p.high) }));
      if (partitions.length === 0) continue;
      await admin.setOffsets({ groupId, topic, partitions });
      moved++;
    }
  }
  return moved;
}

function groupBy(list, keyOf) {
  const map = new Map();
  for (const item of list) map.set(keyOf(item), [...(map.get(keyOf(item)) ?? []), item]);
  return map;
}
