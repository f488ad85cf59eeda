import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { Topics, deadLetterTopic } from '@demarche/contracts';
import { scrapedRelease } from '@demarche/testing';
import { root } from '../scripts/lib/services.mjs';
import { kafkaClient } from './support/env.js';
import { eventually, push, search } from './support/http.js';

const stack = (...args: string[]) => execFileSync(`${root}/deploy/local/stack`, args, { stdio: 'ignore' });

/**
 * Every message key on a dead-letter topic, read from the beginning up to the end offsets taken
 * first: it returns only once each partition was read to its end, so an empty answer means the
 * topic holds nothing, not that the consumer had not joined yet.
 */
async function deadLetterKeys(topic: string, timeoutMs = 60_000): Promise<Set<string>> {
  const kafka = kafkaClient('demarche-e2e-outage');
  const admin = kafka.admin();
  await admin.connect();
  const ends = await admin.fetchTopicOffsets(topic).finally(() => admin.disconnect());
  const remaining = new Map(ends.filter((p) => Number(p.high) > Number(p.low)).map((p) => [p.partition, Number(p.high)]));
  const keys = new Set<string>();
  if (remaining.size === 0) return keys;
  const consumer = kafka.consumer({ groupId: `e2e-outage-${randomBytes(6).toString('hex')}` });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  const readToEnd = new Promise<void>((resolve) =>
    consumer.run({
      eachMessage: async ({ partition, message }) => {
        keys.add(String(message.key));
        if (Number(message.offset) + 1 >= (remaining.get(partition) ?? 0)) remaining.delete(partition);
        if (remaining.size === 0) resolve();
      },
    }),
  );
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${topic} not read to its end in ${timeoutMs} ms`)), timeoutMs));
  try {
    await Promise.race([readToEnd, timeout]);
  } finally {
    await consumer.disconnect();
  }
  return keys;
}

// Stops the stack's own Elasticsearch, so it runs only against the local stack.
describe.skipIf(process.env.DEMARCHE_TEST_STACK === 'docker')('Elasticsearch down', () => {
  afterAll(() => stack('up', 'elasticsearch'), 120_000);

  it('holds releases (no commit, no dead letter) and indexes them once it is back', async () => {
    stack('down', 'elasticsearch');
    const sample = scrapedRelease(`zq${randomBytes(5).toString('hex')}`);
    const word = sample.title.split(' ').at(-1)!;
    const pushed = await push(sample.text);
    expect(pushed.status).toBe(202);

    // Long enough for the release to reach the index service and for it to retry a few times.
    await new Promise((r) => setTimeout(r, 8000));
    stack('up', 'elasticsearch');

    const result = await eventually(() => search(word), (r) => r.status === 200 && r.total > 0, 90_000);
    expect(result.hits.map((h) => h.id)).toEqual([pushed.body.id]);
    const parked = await deadLetterKeys(deadLetterTopic(Topics.ReleaseEnrichedV1));
    expect(parked.has(String(pushed.body.id))).toBe(false);
  });
});
