import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

export function durationMs(text) {
  const match = /^(\d+)(ms|s|m|h|d)$/.exec(String(text));
  if (!match) throw new Error(`bad duration "${text}" in topics file (use e.g. 7d, 12h)`);
  return Number(match[1]) * UNITS[match[2]];
}

/** Every topic the stack needs, each consumed topic followed by its dead-letter twin. */
export function loadTopics(file) {
  const spec = parse(readFileSync(file, 'utf8'));
  const replicationFactor = spec.defaults?.replicationFactor ?? 1;
  return spec.topics.flatMap((t) => [
    { topic: t.name, numPartitions: t.partitions, replicationFactor, retentionMs: durationMs(t.retention) },
    // Topics nothing in Démarche consumes (newsroom feeds) need no dead-letter twin.
    ...(t.deadLetter === false ? [] : [{
      topic: `${t.name}.dlq`,
      numPartitions: spec.deadLetters.partitions,
      replicationFactor,
      retentionMs: durationMs(spec.deadLetters.retention),
    }]),
  ]);
}

/**
 * Commits, for each new consumer group (`{ groupId: [topic, …] }`), the current end of each topic
 * it will consume, before its service starts: a new group would otherwise read the shared topics
 * from the beginning (`fromBeginning`), i.e. every release any earlier run pushed.
 */
export async function startGroupsAtEnd(admin, groups) {
  for (const [groupId, topics] of Object.entries(groups)) {
    for (const topic of topics) {
      const ends = await admin.fetchTopicOffsets(topic);
      await admin.setOffsets({ groupId, topic, partitions: ends.map((p) => ({ partition: p.partition, offset: p.high })) });
    }
  }
}
