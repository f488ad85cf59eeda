import { readFileSync } from 'node:fs';
import { Logger } from '@nestjs/common';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DeadLetterError, ReleaseIngestedV1 } from '@demarche/contracts';
import {
  DependencyUnavailableError,
  MAX_ATTEMPTS,
  MessageProcessor,
  type ConsumedMessage,
  type EventPublisher,
  type MessageMeta,
} from '@demarche/kafka';

const TOPIC = 'releases.ingested.v1';
const SAMPLE = readFileSync(new URL('../../contracts/src/release-ingested/fixtures/v1.sample.json', import.meta.url));
const HEADERS = {
  ce_id: '7d8f2c1e-5b0a-4e3f-9c6d-1a2b3c4d5e6f',
  ce_type: 'org.demarche.release.ingested.v1',
  traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
};

/** A consumed message: value as bytes, key and headers as text. */
function fakeContext(value: Buffer) {
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

type SentRaw = { topic: string; key: unknown; value: unknown; headers: Record<string, string> };

function fakePublisher() {
  const sent: SentRaw[] = [];
  const sendRaw = vi.fn(async (topic: string, key: unknown, value: unknown, headers: Record<string, string>) => {
    sent.push({ topic, key, value, headers });
  });
  return { sent, sendRaw, publisher: { sendRaw } as unknown as EventPublisher };
}

/** Runs `process` to completion, advancing the fake clock through every backoff. */
async function run(processor: MessageProcessor, ctx: ConsumedMessage, handler: (e: ReleaseIngestedV1, m: MessageMeta) => Promise<unknown>) {
  const outcome = processor.process(ctx, ReleaseIngestedV1, handler).then(
    () => ({ committed: true as const }),
    (error: unknown) => ({ committed: false as const, error }),
  );
  await vi.runAllTimersAsync();
  return outcome;
}

describe('MessageProcessor.process', () => {
  let sent: SentRaw[];
  let sendRaw: ReturnType<typeof fakePublisher>['sendRaw'];
  let processor: MessageProcessor;

  beforeAll(() => Logger.overrideLogger(false));

  beforeEach(() => {
    vi.useFakeTimers();
    const fake = fakePublisher();
    sent = fake.sent;
    sendRaw = fake.sendRaw;
    processor = new MessageProcessor(fake.publisher, { service: 'translate', brokers: ['127.0.0.1:9092'] });
  });

  afterEach(() => vi.useRealTimers());

  it('hands a valid message, decoded, to the handler once, with its event id and traceparent', async () => {
    const handler = vi.fn(async () => undefined);
    expect(await run(processor, fakeContext(SAMPLE).ctx, handler)).toEqual({ committed: true });

    expect(handler).toHaveBeenCalledTimes(1);
    const [event, meta] = handler.mock.calls[0] as unknown as [ReleaseIngestedV1, MessageMeta];
    expect(event).toBeInstanceOf(ReleaseIngestedV1);
    expect(event.id).toBe('rel_3f2a9c0d1b7e4a5f6c8d9e0f');
    expect(event.paragraphs).toHaveLength(2);
    expect(meta).toEqual({ eventId: HEADERS.ce_id, traceparent: HEADERS.traceparent });
    expect(sendRaw).not.toHaveBeenCalled();
  });

  it('dead-letters a non-JSON value with its original bytes and headers, never calling the handler', async () => {
    const bytes = Buffer.from('{"id": "not-a-release", "title": 42');
    const handler = vi.fn(async () => undefined);
    expect(await run(processor, fakeContext(bytes).ctx, handler)).toEqual({ committed: true });

    expect(handler).not.toHaveBeenCalled();
    expect(sent).toHaveLength(1);
    expect(sent[0].topic).toBe('releases.ingested.v1.dlq');
    expect(sent[0].key).toBe('rel_3f2a9c0d1b7e4a5f6c8d9e0f');
    expect(sent[0].value).toBe(bytes);
    expect(sent[0].headers).toEqual({
      ...HEADERS,
      'x-error': expect.stringMatching(/^org\.demarche\.release\.ingested\.v1: value is not JSON/),
      'x-error-code': 'CONTRACT.NOT_JSON',
      'x-stage': 'translate',
      'x-attempts': '1',
      'x-original-topic': TOPIC,
      'x-original-partition': '2',
      'x-original-offset': '42',
    });
  });

  it('dead-letters a message that breaks the contract, naming the field', async () => {
    const { paragraphs: _, ...rest } = JSON.parse(SAMPLE.toString('utf8'));
    const handler = vi.fn(async () => undefined);
    await run(processor, fakeContext(Buffer.from(JSON.stringify(rest))).ctx, handler);

    expect(handler).not.toHaveBeenCalled();
    expect(sent).toHaveLength(1);
    expect(sent[0].headers['x-error-code']).toBe('CONTRACT.INVALID');
    expect(sent[0].headers['x-error']).toMatch(/\bparagraphs: /);
  });

  it('as an observer of a topic another stage owns, skips a bad message or a lasting failure without a dead letter', async () => {
    const observe = (value: Buffer, handler: () => Promise<unknown>) => {
      const done = processor.process(fakeContext(value).ctx, ReleaseIngestedV1, handler, { observer: true });
      return vi.runAllTimersAsync().then(() => done);
    };
    const handler = vi.fn(async () => undefined);
    await observe(Buffer.from('{"id": '), handler);
    expect(handler).not.toHaveBeenCalled();
    const failing = vi.fn(async () => {
      throw new Error('ledger write failed');
    });
    await observe(SAMPLE, failing);
    expect(failing).toHaveBeenCalledTimes(MAX_ATTEMPTS);
    expect(sendRaw).not.toHaveBeenCalled();
  });

  it('dead-letters at once when the handler throws a DeadLetterError', async () => {
    const handler = vi.fn(async () => {
      throw new DeadLetterError('TRANSLATE.NO_TEXT', 'nothing to translate');
    });
    expect(await run(processor, fakeContext(SAMPLE).ctx, handler)).toEqual({ committed: true });

    expect(handler).toHaveBeenCalledTimes(1);
    expect(sent).toHaveLength(1);
    expect(sent[0].value).toBe(SAMPLE);
    expect(sent[0].headers).toMatchObject({
      'x-error': 'nothing to translate',
      'x-error-code': 'TRANSLATE.NO_TEXT',
      'x-attempts': '1',
    });
  });

  it('waits out a dependency outage, heartbeating, and never dead-letters for it', async () => {
    const handler = vi
      .fn<() => Promise<void>>()
      .mockRejectedValueOnce(new DependencyUnavailableError('elasticsearch', 'connect ECONNREFUSED'))
      .mockRejectedValueOnce(new DependencyUnavailableError('elasticsearch', 'connect ECONNREFUSED'))
      .mockResolvedValue(undefined);
    const { ctx, heartbeat } = fakeContext(SAMPLE);

    expect(await run(processor, ctx, handler)).toEqual({ committed: true });
    expect(handler).toHaveBeenCalledTimes(3);
    expect(sendRaw).not.toHaveBeenCalled();
    expect(heartbeat).toHaveBeenCalled();
  });

  it('does not count outages towards MAX_ATTEMPTS, however many there are', async () => {
    const handler = vi.fn<() => Promise<void>>();
    for (let i = 0; i < MAX_ATTEMPTS * 3; i++) handler.mockRejectedValueOnce(new DependencyUnavailableError('kafka', 'down'));
    handler.mockResolvedValue(undefined);

    expect(await run(processor, fakeContext(SAMPLE).ctx, handler)).toEqual({ committed: true });
    expect(handler).toHaveBeenCalledTimes(MAX_ATTEMPTS * 3 + 1);
    expect(sendRaw).not.toHaveBeenCalled();
  });

  it('retries an unexpected error and succeeds without a dead letter when it clears', async () => {
    const handler = vi.fn<() => Promise<void>>().mockRejectedValueOnce(new Error('flaky')).mockResolvedValue(undefined);
    expect(await run(processor, fakeContext(SAMPLE).ctx, handler)).toEqual({ committed: true });
    expect(handler).toHaveBeenCalledTimes(2);
    expect(sendRaw).not.toHaveBeenCalled();
  });

  it(`dead-letters an error that keeps recurring after MAX_ATTEMPTS (${MAX_ATTEMPTS}) tries`, async () => {
    const handler = vi.fn(async () => {
      throw new TypeError("Cannot read properties of undefined (reading 'id')");
    });
    expect(await run(processor, fakeContext(SAMPLE).ctx, handler)).toEqual({ committed: true });

    expect(handler).toHaveBeenCalledTimes(MAX_ATTEMPTS);
    expect(sent).toHaveLength(1);
    expect(sent[0].headers).toMatchObject({
      'x-error': "Cannot read properties of undefined (reading 'id')",
      'x-error-code': 'PROCESSING.FAILED',
      'x-attempts': '3',
    });
  });

  it('keeps trying to park a dead letter while the broker is down', async () => {
    sendRaw.mockRejectedValueOnce(new DependencyUnavailableError('kafka', 'cannot publish'));
    expect(await run(processor, fakeContext(Buffer.from('not json')).ctx, vi.fn())).toEqual({ committed: true });
    expect(sendRaw).toHaveBeenCalledTimes(2);
    expect(sent).toHaveLength(1);
  });

  describe('after beforeApplicationShutdown()', () => {
    it('a processor waiting out an outage rethrows instead of committing', async () => {
      const outage = new DependencyUnavailableError('elasticsearch', 'connect ECONNREFUSED');
      const handler = vi.fn(async () => {
        throw outage;
      });
      const outcome = processor.process(fakeContext(SAMPLE).ctx, ReleaseIngestedV1, handler).then(
        () => 'committed',
        (error: unknown) => error,
      );
      await vi.advanceTimersByTimeAsync(50); // inside the first backoff (at least 100 ms)
      expect(handler).toHaveBeenCalledTimes(1);

      processor.beforeApplicationShutdown();
      await vi.runAllTimersAsync();

      expect(await outcome).toBe(outage);
      expect(handler).toHaveBeenCalledTimes(1);
      expect(sendRaw).not.toHaveBeenCalled();
    });

    it('a failing handler is not retried nor dead-lettered: the error propagates', async () => {
      processor.beforeApplicationShutdown();
      const failure = new Error('boom');
      const result = await run(processor, fakeContext(SAMPLE).ctx, async () => {
        throw failure;
      });
      expect(result).toEqual({ committed: false, error: failure });
      expect(sendRaw).not.toHaveBeenCalled();
    });
  });
});
