import { Logger } from '@nestjs/common';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DeadLetterError, ReleaseIngestedV1 } from '@demarche/contracts';
import { MAX_ATTEMPTS, type MessageMeta, type MessageProcessor } from '@demarche/kafka';
import { HEADERS, SAMPLE, TOPIC, fakeContext, run, testedProcessor, type SentRaw } from './message-processor.stub.js';

describe('MessageProcessor.process: decoding and dead letters', () => {
  let sent: SentRaw[];
  let sendRaw: ReturnType<typeof testedProcessor>['sendRaw'];
  let processor: MessageProcessor;

  beforeAll(() => Logger.overrideLogger(false));
  beforeEach(() => {
    vi.useFakeTimers();
    ({ sent, sendRaw, processor } = testedProcessor());
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
});
