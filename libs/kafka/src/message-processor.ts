import { Inject, Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import type { KafkaContext } from '@nestjs/microservices';
import {
  CeHeaders,
  DeadLetterHeaders,
  deadLetterTopic,
  checkCloudEventHeaders,
  decode,
  isDeadLetter,
  validateContract,
} from '@demarche/contracts';
import {
  deadLetters,
  messagesConsumed,
  messagesFailed,
  processingSeconds,
  secondsSince,
  withConsumerSpan,
} from '@demarche/observability';
import { backoffDelay, sleep } from './backoff.js';
import { isDependencyUnavailable } from './dependency-unavailable.error.js';
import { EventPublisher } from './event-publisher.js';
import { KAFKA_OPTIONS, type KafkaModuleOptions } from './kafka.tokens.js';

type ContractClass<T> = (new () => T) & { readonly type: string };

export interface MessageMeta {
  eventId?: string;
  traceparent?: string;
  /** When the producer made the event (`ce_time`), if it says so validly. */
  time?: string;
}

export interface ProcessOptions {
  /**
   * The consumer only observes a topic another stage owns (ingest's ledger): a message it cannot
   * read is logged and skipped, not dead-lettered — the owning stage dead-letters it, once.
   */
  observer?: boolean;
}

/** How often a message that fails for an unknown reason is tried before it is dead-lettered. */
export const MAX_ATTEMPTS = 3;

/**
 * Runs one consumed message through decode → handler, sorting failures in two:
 * a bad message goes to `<topic>.dlq` and is committed; a dependency outage is waited
 * out in place (heartbeating, never committing), so an outage never creates dead letters.
 */
@Injectable()
export class MessageProcessor implements BeforeApplicationShutdown {
  private readonly logger = new Logger(MessageProcessor.name);
  private stopping = false;

  constructor(
    private readonly publisher: EventPublisher,
    @Inject(KAFKA_OPTIONS) private readonly options: KafkaModuleOptions,
  ) {}

  async process<T extends object>(
    ctx: KafkaContext,
    contract: ContractClass<T>,
    handler: (event: T, meta: MessageMeta) => Promise<unknown>,
    options: ProcessOptions = {},
  ): Promise<void> {
    const message = ctx.getMessage();
    const headers = message.headers as Record<string, unknown> | undefined;
    const key = message.key == null ? undefined : String(message.key);
    // A CONSUMER span, child of the producer's (from the headers): log lines and published
    // events of this message carry its trace and release id.
    const incoming = { topic: ctx.getTopic(), partition: ctx.getPartition(), offset: message.offset, key, headers };
    return withConsumerSpan(incoming, () => this.measured(ctx, contract, handler, options));
  }

  private async measured<T extends object>(
    ctx: KafkaContext,
    contract: ContractClass<T>,
    handler: (event: T, meta: MessageMeta) => Promise<unknown>,
    options: ProcessOptions,
  ): Promise<void> {
    const topic = ctx.getTopic();
    const start = process.hrtime.bigint();
    let outcome = 'processed';
    try {
      outcome = await this.run(ctx, contract, handler, options);
    } catch (error) {
      // Not committed (shutdown during a wait): it will be consumed again.
      outcome = 'aborted';
      throw error;
    } finally {
      processingSeconds.observe({ topic, outcome }, secondsSince(start));
      if (outcome !== 'aborted') messagesConsumed.inc({ topic, outcome });
    }
  }

  private async run<T extends object>(
    ctx: KafkaContext,
    contract: ContractClass<T>,
    handler: (event: T, meta: MessageMeta) => Promise<unknown>,
    options: ProcessOptions,
  ): Promise<'processed' | 'dead_lettered' | 'skipped'> {
    const message = ctx.getMessage();
    const headers = message.headers as Record<string, string | undefined>;
    const where = { topic: ctx.getTopic(), partition: ctx.getPartition(), offset: message.offset };
    const meta: MessageMeta = { eventId: headers[CeHeaders.id], traceparent: headers[CeHeaders.traceparent], time: isoTime(headers[CeHeaders.time]) };

    let event: T;
    try {
      const value = message.value as unknown;
      checkCloudEventHeaders(contract, headers);
      event =
        Buffer.isBuffer(value) || typeof value === 'string' || value == null
          ? decode(contract, value as Buffer | string | null)
          : validateContract(contract, value);
    } catch (error) {
      messagesFailed.inc({ topic: where.topic, reason: 'bad_message' });
      return this.giveUp(ctx, error as Error, 1, options);
    }

    let failures = 0;
    for (let attempt = 1; ; attempt++) {
      try {
        await handler(event, meta);
        return 'processed';
      } catch (error) {
        if (isDeadLetter(error)) {
          messagesFailed.inc({ topic: where.topic, reason: 'bad_message' });
          return this.giveUp(ctx, error, attempt, options);
        }
        if (isDependencyUnavailable(error)) {
          messagesFailed.inc({ topic: where.topic, reason: 'dependency_unavailable' });
          this.logger.warn({ msg: 'dependency down, waiting', error: error.message, attempt, ...where, ...meta });
          await this.wait(ctx, attempt, error);
          continue;
        }
        failures++;
        messagesFailed.inc({ topic: where.topic, reason: 'error' });
        this.logger.error({ msg: 'processing failed', error: (error as Error).message, failures, ...where, ...meta });
        if (failures >= MAX_ATTEMPTS) {
          return this.giveUp(ctx, error as Error, attempt, options);
        }
        await this.wait(ctx, failures, error);
      }
    }
  }

  private async giveUp(ctx: KafkaContext, error: Error, attempts: number, options: ProcessOptions): Promise<'dead_lettered' | 'skipped'> {
    if (options.observer) {
      this.logger.warn({ msg: 'message skipped', error: error.message, topic: ctx.getTopic(), partition: ctx.getPartition(), offset: ctx.getMessage().offset });
      return 'skipped';
    }
    await this.deadLetter(ctx, error, attempts);
    return 'dead_lettered';
  }

  private async deadLetter(ctx: KafkaContext, error: Error, attempts: number): Promise<void> {
    const message = ctx.getMessage();
    const topic = ctx.getTopic();
    // Nest's parser turns JSON-looking header values into objects: write them back as text.
    const original = Object.fromEntries(
      Object.entries(message.headers ?? {})
        .filter(([, value]) => value !== undefined && value !== null)
        .map(([name, value]) => [name, typeof value === 'string' || Buffer.isBuffer(value) ? value : JSON.stringify(value)]),
    ) as Record<string, string>;
    const headers = {
      ...original,
      [DeadLetterHeaders.error]: error.message.slice(0, 2000),
      [DeadLetterHeaders.code]: (error as { code?: string }).code ?? 'PROCESSING.FAILED',
      [DeadLetterHeaders.stage]: this.options.service,
      [DeadLetterHeaders.attempts]: String(attempts),
      [DeadLetterHeaders.topic]: topic,
      [DeadLetterHeaders.partition]: String(ctx.getPartition()),
      [DeadLetterHeaders.offset]: message.offset,
    };
    // Parking the message is itself a write to Kafka: wait out a broker outage too.
    for (let attempt = 1; ; attempt++) {
      try {
        await this.publisher.sendRaw(deadLetterTopic(topic), message.key ?? null, message.value as Buffer | null, headers);
        deadLetters.inc({ topic, code: headers[DeadLetterHeaders.code] });
        this.logger.warn({
          msg: 'dead-lettered',
          reason: error.message,
          topic,
          partition: ctx.getPartition(),
          offset: message.offset,
        });
        return;
      } catch (sendError) {
        await this.wait(ctx, attempt, sendError);
      }
    }
  }

  /** Backs off while keeping the group membership alive; aborts (uncommitted) on shutdown. */
  private async wait(ctx: KafkaContext, attempt: number, cause: unknown): Promise<void> {
    if (this.stopping) throw cause;
    const until = Date.now() + backoffDelay(attempt);
    while (Date.now() < until) {
      await sleep(Math.min(1000, until - Date.now()));
      if (this.stopping) throw cause;
      await ctx.getHeartbeat()().catch(() => undefined);
    }
  }

  beforeApplicationShutdown() {
    this.stopping = true;
  }
}

/** An ISO 8601 instant as written by `cloudEventHeaders`, normalised; anything else is undefined. */
function isoTime(value: string | undefined): string | undefined {
  if (!value || !/^\d{4}-\d{2}-\d{2}T/.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}
