// Reads back what a chaos run wrote to the shared topics, for its checks.
import { topicEnds } from '../kafka.mjs';

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
