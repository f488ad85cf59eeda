import { Logger } from '@nestjs/common';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReleaseIngestedV1 } from '@demarche/contracts';
import { DependencyUnavailableError, MAX_ATTEMPTS, type MessageProcessor } from '@demarche/kafka';
import { SAMPLE, fakeContext, run, testedProcessor, type SentRaw } from './message-processor.stub.js';

describe('MessageProcessor.process: outages, retries and shutdown', () => {
  let sent: SentRaw[];
  let sendRaw: ReturnType<typeof testedProcessor>['sendRaw'];
  let processor: MessageProcessor;

  beforeAll(() => Logger.overrideLogger(false));
  beforeEach(() => {
    vi.useFakeTimers();
    ({ sent, sendRaw, processor } = testedProcessor());
  });
  afterEach(() => vi.useRealTimers());

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
