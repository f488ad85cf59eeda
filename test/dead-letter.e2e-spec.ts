import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Topics, deadLetterTopic } from '@demarche/contracts';
import { scrapedRelease } from '@demarche/testing';
import { kafkaClient } from './support/env.js';
import { eventually, push, search } from './support/http.js';

const kafka = kafkaClient('demarche-e2e');

describe('a poison message', () => {
  const producer = kafka.producer();
  const key = `poison-${randomBytes(6).toString('hex')}`;
  const found: { value: string; headers: Record<string, string> }[] = [];
  const consumer = kafka.consumer({ groupId: `e2e-dlq-${key}` });

  beforeAll(async () => {
    await producer.connect();
    await consumer.connect();
    await consumer.subscribe({ topic: deadLetterTopic(Topics.ReleaseIngestedV1), fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        if (message.key?.toString() !== key) return;
        const headers = Object.fromEntries(Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v)]));
        found.push({ value: message.value!.toString(), headers });
      },
    });
  });

  afterAll(async () => {
    await consumer.disconnect();
    await producer.disconnect();
  });

  it('lands in the DLQ with its reason while the next good release is indexed', async () => {
    await producer.send({
      topic: Topics.ReleaseIngestedV1,
      messages: [
        { key, value: '{"id": "not-a-release", "title": 42' },
        { key, value: JSON.stringify({ id: 'rel_000000000000000000000000', title: 'no paragraphs' }) },
      ],
    });
    const sample = scrapedRelease(`zq${randomBytes(5).toString('hex')}`);
    const word = sample.title.split(' ').at(-1)!;
    expect((await push(sample.text)).status).toBe(202);

    await eventually(async () => found.length, (n) => n >= 2);
    expect(found.map((m) => m.value)).toEqual(['{"id": "not-a-release", "title": 42', expect.stringContaining('no paragraphs')]);
    expect(found[0].headers).toMatchObject({ 'x-stage': 'translate', 'x-error-code': 'CONTRACT.NOT_JSON', 'x-attempts': '1' });
    expect(found[1].headers['x-error']).toMatch(/paragraphs/);

    const result = await eventually(() => search(word), (r) => r.total > 0);
    expect(result.total).toBe(1);
  });
});
