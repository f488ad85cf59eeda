// Kafka bookkeeping for a run on the shared broker: new consumer groups start where the topics
// end (not at their history), the run's window of each topic is read back afterwards, and
// groups that were idle and caught up skip the run's messages, so the team's next test run does
// not inherit a backlog of the run's releases.
import { Kafka, logLevel } from 'kafkajs';

export function kafkaClient(clientId, brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',')) {
  return new Kafka({ clientId, brokers, logLevel: logLevel.NOTHING, retry: { initialRetryTime: 300, retries: 12 } });
}

/** topic → [{ partition, high }] */
export async function topicEnds(admin, topics) {
  const ends = new Map();
  for (const topic of topics) {
    ends.set(topic, (await admin.fetchTopicOffsets(topic)).map((p) => ({ partition: p.partition, high: Number(p.high) })));
  }
  return ends;
}

/** Every message written to `topics` since `start` (topic → [{partition, high}]), up to their ends now. */
export async function readSince(kafka, start, groupId) {
  const admin = kafka.admin();
  await admin.connect();
  const messages = [];
  try {
    const now = await topicEnds(admin, [...start.keys()]);
    const remaining = new Map();
    for (const [topic, partitions] of start) {
      await admin.setOffsets({ groupId, topic, partitions: partitions.map((p) => ({ partition: p.partition, offset: String(p.high) })) });
      for (const p of partitions) {
        const end = now.get(topic).find((e) => e.partition === p.partition).high;
        if (end > p.high) remaining.set(`${topic}/${p.partition}`, end);
      }
    }
    if (remaining.size > 0) {
      const consumer = kafka.consumer({ groupId, allowAutoTopicCreation: false, sessionTimeout: 10_000 });
      await consumer.connect();
      await consumer.subscribe({ topics: [...start.keys()], fromBeginning: true });
      await new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`reading back ${[...remaining.keys()].join(', ')} timed out`)), 120_000);
        consumer
          .run({
            eachMessage: async ({ topic, partition, message }) => {
              const key = `${topic}/${partition}`;
              const end = remaining.get(key);
              if (end === undefined || Number(message.offset) >= end) return;
              messages.push({ topic, partition, offset: Number(message.offset), key: message.key?.toString('utf8') ?? null, value: message.value, headers: message.headers ?? {} });
              if (Number(message.offset) >= end - 1) remaining.delete(key);
              if (remaining.size === 0) {
                clearTimeout(timer);
                resolve();
              }
            },
          })
          .catch(reject);
      });
      await consumer.disconnect();
    }
    await admin.deleteGroups([groupId]).catch(() => undefined);
    return messages;
  } finally {
    await admin.disconnect();
  }
}

export const headerText = (headers, name) => {
  const v = headers[name];
  return v === undefined || v === null ? undefined : Buffer.isBuffer(v) ? v.toString('utf8') : String(v);
};

/**
 * Groups with no member whose committed offset was at the end of a partition when the run
 * began. (The run's own groups are left out by the caller.)
 */
export async function caughtUpIdleGroups(admin, topics, exclude) {
  const ends = await topicEnds(admin, topics);
  const { groups } = await admin.listGroups();
  const ids = groups.map((g) => g.groupId).filter((id) => !exclude(id));
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
export async function skipRunWindow(admin, snapshot) {
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
