import { readFileSync } from 'node:fs';
import { vi } from 'vitest';
import { ReleaseIngestedV1 } from '@demarche/contracts';
import { MessageProcessor, type ConsumedMessage, type EventPublisher, type MessageMeta } from '@demarche/kafka';

export const TOPIC = 'releases.ingested.v1';
export const SAMPLE = readFileSync(new URL('../../contracts/src/release-ingested/fixtures/v1.sample.json', import.meta.url));
export const HEADERS = {
  ce_id: '7d8f2c1e-5b0a-4e3f-9c6d-1a2b3c4d5e6f',
  ce_type: 'org.demarche.release.ingested.v1',
  traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
};

/** A consumed message: value as bytes, key and headers as text. */
export function fakeContext(value: Buffer) {
  const heartbeat = vi.fn(async () => undefined);
  const ctx: ConsumedMessage = {
    topic: TOPIC,
    partition: 2,
    offset: '42',
    timestamp: '0',
    key: 'rel_3f2a9c0d1b7e4a5f6c8d9e0f',
    value,
    headers: { ...HEADERS },
    heartbeat,
  };
  return { ctx, heartbeat };
}

export type SentRaw = { topic: string; key: unknown; value: unknown; headers: Record<string, string> };

export function fakePublisher() {
  const sent: SentRaw[] = [];
  const sendRaw = vi.fn(async (topic: string, key: unknown, value: unknown, headers: Record<string, string>) => {
    sent.push({ topic, key, value, headers });
  });
  return { sent, sendRaw, publisher: { sendRaw } as unknown as EventPublisher };
}

/** Runs `process` to completion, advancing the fake clock through every backoff. */
export async function run(processor: MessageProcessor, ctx: ConsumedMessage, handler: (e: ReleaseIngestedV1, m: MessageMeta) => Promise<unknown>) {
  const outcome = processor.process(ctx, ReleaseIngestedV1, handler).then(
    () => ({ committed: true as const }),
    (error: unknown) => ({ committed: false as const, error }),
  );
  await vi.runAllTimersAsync();
  return outcome;
}

/** A processor of the translate stage whose dead letters are kept in `sent`. */
export function testedProcessor() {
  const { sent, sendRaw, publisher } = fakePublisher();
  return { sent, sendRaw, processor: new MessageProcessor(publisher, { service: 'translate', brokers: ['127.0.0.1:9092'], consumers: { groupPrefix: 'test', lagIntervalMs: 60_000 } }) };
}
