import { Logger } from '@nestjs/common';
import CircuitBreaker from 'opossum';
import pLimit, { type LimitFunction } from 'p-limit';
import { backoffDelay, sleep } from '@demarche/kafka';
import { BackendRateLimitedError, BackendUnavailableError } from './backend-errors.js';
import type { TranslationBackend } from './translation-backend.js';

export interface ResilienceOptions {
  /**
   * Longest time one call (a release's texts into one language) may take, retries included;
   * past it the target goes `pending`. Keep it under the Kafka session timeout (30 s).
   */
  callTimeoutMs: number;
  /** Calls in flight at once to this backend; more wait their turn. */
  concurrency: number;
  /** Extra attempts after a failed call, with exponential backoff and jitter. */
  retries: number;
  retryBaseMs: number;
  /** Longest wait between attempts, a Retry-After included: past it the target goes `pending`. */
  retryCapMs: number;
  /** How long the breaker stays open before one trial call. */
  breakerResetMs: number;
  /** Failed discovery is not retried sooner than this, so a dead backend costs releases nothing. */
  discoveryRetryMs: number;
  /** Known pairs are refreshed this often. */
  pairsRefreshMs: number;
}

/**
 * Wraps a backend with what keeps a slow or dead one from holding the pipeline up:
 * bounded concurrency, retries with backoff (Retry-After honoured), and a circuit breaker
 * that fails calls at once while the backend is known to be down.
 */
export class ResilientBackend implements TranslationBackend {
  private readonly logger: Logger;
  private readonly breaker: CircuitBreaker<[string[], string, string], string[]>;
  private readonly limit: LimitFunction;
  private known?: Set<string>;
  private checkedAt = 0;
  private discovering?: Promise<Set<string> | undefined>;

  constructor(
    readonly inner: TranslationBackend,
    private readonly options: ResilienceOptions,
  ) {
    this.logger = new Logger(`ResilientBackend(${inner.name})`);
    this.limit = pLimit(options.concurrency);
    this.breaker = new CircuitBreaker((paragraphs: string[], from: string, to: string) => inner.translate(paragraphs, from, to), {
      timeout: options.callTimeoutMs,
      resetTimeout: options.breakerResetMs,
      errorThresholdPercentage: 50,
      volumeThreshold: 3,
      rollingCountTimeout: 30_000,
      // Only an unavailable backend trips the breaker; a bug must surface, not open it.
      errorFilter: (error: unknown) => !(error instanceof BackendUnavailableError),
    });
    this.breaker.on('open', () => this.logger.warn({ msg: 'circuit open: translations go pending', backend: inner.name }));
    this.breaker.on('halfOpen', () => this.logger.log({ msg: 'circuit half-open: trying the backend again', backend: inner.name }));
    this.breaker.on('close', () => this.logger.log({ msg: 'circuit closed: backend is back', backend: inner.name }));
  }

  get name() {
    return this.inner.name;
  }

  get version() {
    return this.inner.version;
  }

  get isOpen(): boolean {
    return this.breaker.opened;
  }

  /** What the status endpoint shows: circuit state and the pairs last discovered (null: never reached). */
  describe() {
    const circuit = this.breaker.halfOpen ? 'half-open' : this.breaker.opened ? 'open' : 'closed';
    return { name: this.name, version: this.version, circuit, pairs: this.known ? [...this.known].sort() : null } as const;
  }

  modelFor(from: string, to: string): string | undefined {
    return this.inner.modelFor?.(from, to);
  }

  /**
   * The pairs last discovered, kept while the backend is down (a call then fails fast and the
   * target goes `pending`, never `unsupported`). Undefined until a discovery has succeeded.
   */
  async pairs(): Promise<Set<string> | undefined> {
    const age = Date.now() - this.checkedAt;
    const due = this.known ? age >= this.options.pairsRefreshMs : age >= this.options.discoveryRetryMs;
    if (due) {
      this.discovering ??= this.discover().finally(() => (this.discovering = undefined));
      // The first discovery is awaited; later refreshes happen behind the current answer.
      if (!this.known) await this.discovering;
    }
    return this.known;
  }

  private async discover(): Promise<Set<string> | undefined> {
    const pairs = await this.inner.pairs();
    this.checkedAt = Date.now();
    if (pairs) {
      if (!this.known) this.logger.log({ msg: 'pairs discovered', backend: this.name, pairs: [...pairs].join(' ') });
      this.known = pairs;
    }
    return pairs;
  }

  translate(paragraphs: string[], from: string, to: string): Promise<string[]> {
    return this.limit(() => this.withRetries(paragraphs, from, to));
  }

  private async withRetries(paragraphs: string[], from: string, to: string): Promise<string[]> {
    const started = Date.now();
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.breaker.fire(paragraphs, from, to);
      } catch (error) {
        if (isOpenCircuit(error)) throw new BackendUnavailableError(`${this.name}: circuit open`);
        // A slow backend is not retried: its time is up, the target waits as `pending`.
        if (isTimeout(error)) throw new BackendUnavailableError(`${this.name}: no answer within ${this.options.callTimeoutMs} ms`);
        if (!(error instanceof BackendUnavailableError)) throw error;
        const wait = Math.max(backoffDelay(attempt, this.options.retryBaseMs, this.options.retryCapMs), retryAfter(error));
        const outOfTime = Date.now() - started + wait >= this.options.callTimeoutMs;
        if (attempt > this.options.retries || wait > this.options.retryCapMs || outOfTime || this.breaker.opened) throw error;
        this.logger.warn({ msg: 'translation failed, retrying', backend: this.name, attempt, waitMs: wait, error: error.message });
        await sleep(wait);
      }
    }
  }

  shutdown() {
    this.breaker.shutdown();
  }
}

const retryAfter = (error: Error) => (error instanceof BackendRateLimitedError ? (error.retryAfterMs ?? 0) : 0);

const codeOf = (error: unknown) => (error as { code?: string } | undefined)?.code;
const isOpenCircuit = (error: unknown) => codeOf(error) === 'EOPENBREAKER';
const isTimeout = (error: unknown) => codeOf(error) === 'ETIMEDOUT';
