import { Logger } from '@nestjs/common';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { BackendRateLimitedError, BackendUnavailableError } from './backend-errors.js';
import { ResilientBackend, type ResilienceOptions } from './resilient-backend.js';
import type { TranslationBackend } from './translation-backend.js';

const options: ResilienceOptions = {
  callTimeoutMs: 2_000,
  concurrency: 2,
  retries: 2,
  retryBaseMs: 5,
  retryCapMs: 50,
  breakerResetMs: 100,
  discoveryRetryMs: 50,
  pairsRefreshMs: 60_000,
};

function inner(overrides: Partial<TranslationBackend> = {}) {
  return {
    name: 'engine',
    version: '1',
    pairs: vi.fn(async () => new Set(['es>en']) as Set<string> | undefined),
    translate: vi.fn(async (paragraphs: string[]) => paragraphs.map((p) => `EN ${p}`)),
    ...overrides,
  };
}

describe('ResilientBackend', () => {
  beforeAll(() => Logger.overrideLogger(false));

  it('retries a failed call with backoff, then answers', async () => {
    const engine = inner();
    engine.translate.mockRejectedValueOnce(new BackendUnavailableError('503')).mockRejectedValueOnce(new BackendUnavailableError('503'));
    const backend = new ResilientBackend(engine, options);
    expect(await backend.translate(['Hola'], 'es', 'en')).toEqual(['EN Hola']);
    expect(engine.translate).toHaveBeenCalledTimes(3);
  });

  it('gives up after the configured retries with BackendUnavailableError', async () => {
    const engine = inner({ translate: vi.fn(async () => Promise.reject(new BackendUnavailableError('down'))) });
    const backend = new ResilientBackend(engine, { ...options, retries: 1 });
    await expect(backend.translate(['Hola'], 'es', 'en')).rejects.toBeInstanceOf(BackendUnavailableError);
    expect(engine.translate).toHaveBeenCalledTimes(2);
  });

  it('gives up at once when Retry-After asks for longer than the longest wait', async () => {
    const engine = inner({ translate: vi.fn(async () => Promise.reject(new BackendRateLimitedError('429', 60_000))) });
    const backend = new ResilientBackend(engine, options);
    const started = Date.now();
    await expect(backend.translate(['Hola'], 'es', 'en')).rejects.toBeInstanceOf(BackendRateLimitedError);
    expect(engine.translate).toHaveBeenCalledTimes(1);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('waits the Retry-After delay before retrying a rate-limited call', async () => {
    const engine = inner();
    engine.translate.mockRejectedValueOnce(new BackendRateLimitedError('429', 40));
    const backend = new ResilientBackend(engine, options);
    const started = Date.now();
    expect(await backend.translate(['Hola'], 'es', 'en')).toEqual(['EN Hola']);
    expect(Date.now() - started).toBeGreaterThanOrEqual(35);
  });

  it('opens the circuit after repeated failures: calls then fail fast without reaching the backend, until it closes again', async () => {
    const engine = inner({ translate: vi.fn(async () => Promise.reject(new BackendUnavailableError('down'))) });
    const backend = new ResilientBackend(engine, { ...options, retries: 0 });
    for (let i = 0; i < 3; i++) await expect(backend.translate(['Hola'], 'es', 'en')).rejects.toThrow();
    expect(backend.isOpen).toBe(true);
    const calls = engine.translate.mock.calls.length;
    await expect(backend.translate(['Hola'], 'es', 'en')).rejects.toThrow(/circuit open/);
    expect(engine.translate).toHaveBeenCalledTimes(calls);

    engine.translate.mockImplementation(async (p: string[]) => p.map((x) => `EN ${x}`));
    await new Promise((r) => setTimeout(r, 120)); // breakerResetMs: half-open, the next call is the trial
    expect(await backend.translate(['Hola'], 'es', 'en')).toEqual(['EN Hola']);
    expect(backend.isOpen).toBe(false);
  });

  it('gives a call that outlasts callTimeoutMs up as unavailable, without retrying it', async () => {
    const engine = inner({ translate: vi.fn(() => new Promise<string[]>(() => undefined)) });
    const backend = new ResilientBackend(engine, { ...options, callTimeoutMs: 50 });
    const started = Date.now();
    await expect(backend.translate(['Hola'], 'es', 'en')).rejects.toThrow(/no answer within 50 ms/);
    expect(engine.translate).toHaveBeenCalledTimes(1);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('stops retrying when the next wait would pass callTimeoutMs', async () => {
    const engine = inner({ translate: vi.fn(async () => Promise.reject(new BackendRateLimitedError('429', 40))) });
    const backend = new ResilientBackend(engine, { ...options, retries: 5, callTimeoutMs: 100 });
    await expect(backend.translate(['Hola'], 'es', 'en')).rejects.toBeInstanceOf(BackendRateLimitedError);
    expect(engine.translate.mock.calls.length).toBeLessThanOrEqual(3);
  });

  it('lets an unexpected error through without retrying or opening the circuit', async () => {
    const bug = new TypeError('bug');
    const engine = inner({ translate: vi.fn(async () => Promise.reject(bug)) });
    const backend = new ResilientBackend(engine, options);
    for (let i = 0; i < 4; i++) await expect(backend.translate(['Hola'], 'es', 'en')).rejects.toBe(bug);
    expect(engine.translate).toHaveBeenCalledTimes(4);
    expect(backend.isOpen).toBe(false);
  });

  it('keeps no more calls in flight than its concurrency', async () => {
    let inFlight = 0;
    let most = 0;
    const engine = inner({
      translate: vi.fn(async (p: string[]) => {
        most = Math.max(most, ++inFlight);
        await new Promise((r) => setTimeout(r, 20));
        inFlight--;
        return p;
      }),
    });
    const backend = new ResilientBackend(engine, options);
    await Promise.all(Array.from({ length: 8 }, () => backend.translate(['x'], 'es', 'en')));
    expect(most).toBe(2);
  });

  describe('pairs()', () => {
    it('keeps the pairs it discovered while the backend is down, so targets wait as pending rather than unsupported', async () => {
      const engine = inner();
      const backend = new ResilientBackend(engine, { ...options, pairsRefreshMs: 0 });
      expect(await backend.pairs()).toEqual(new Set(['es>en']));
      engine.pairs.mockResolvedValue(undefined);
      expect(await backend.pairs()).toEqual(new Set(['es>en']));
    });

    it('does not ask an unreachable backend again before discoveryRetryMs', async () => {
      const engine = inner({ pairs: vi.fn(async () => undefined) });
      const backend = new ResilientBackend(engine, { ...options, discoveryRetryMs: 1_000 });
      expect(await backend.pairs()).toBeUndefined();
      expect(await backend.pairs()).toBeUndefined();
      expect(engine.pairs).toHaveBeenCalledTimes(1);
      await new Promise((r) => setTimeout(r, 1_050));
      engine.pairs.mockResolvedValue(new Set(['es>en']));
      expect(await backend.pairs()).toEqual(new Set(['es>en']));
    });
  });
});

describe('ResilientBackend.describe()', () => {
  beforeAll(() => Logger.overrideLogger(false));

  it('shows the circuit state and the pairs last discovered', async () => {
    const engine = inner({ translate: vi.fn(async () => Promise.reject(new BackendUnavailableError('down'))) });
    const backend = new ResilientBackend(engine, { ...options, retries: 0 });
    expect(backend.describe()).toEqual({ name: 'engine', version: '1', circuit: 'closed', pairs: null });
    await backend.pairs();
    for (let i = 0; i < 3; i++) await backend.translate(['x'], 'es', 'en').catch(() => undefined);
    expect(backend.describe()).toEqual({ name: 'engine', version: '1', circuit: 'open', pairs: ['es>en'] });
  });
});
