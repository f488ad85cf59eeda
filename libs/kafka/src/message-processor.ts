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
  ): Promise<void> {
    const message = ctx.getMessage();
    const headers = message.headers as Record<string, unknown> | undefined;
    const key = message.key == null ? undefined : String(message.key);
    // A CONSUMER span, child of the producer's (from the headers): log lines and published
    // events of this message carry its trace and release id.
    const incoming = { topic: ctx.getTopic(), partition: ctx.getPartition(), offset: message.offset, key, headers };
    return withConsumerSpan(incoming, () => this.measured(ctx, contract, handler));
  }

  private async measured<T extends object>(
    ctx: KafkaContext,
    contract: ContractClass<T>,
    handler: (event: T, meta: MessageMeta) => Promise<unknown>,
  ): Promise<void> {
    const topic = ctx.getTopic();
    const start = process.hrtime.bigint();
    let outcome = 'processed';
    try {
      const deadLettered = await this.run(ctx, contract, handler);
      if (deadLettered) outcome = 'dead_lettered';
    } catch (error) {
      // Not committed (shutdown during a wait): it will be consumed again.
      outcome = 'aborted';
      throw error;
    } finally {
      processingSeconds.observe({ topic, outcome }, secondsSince(start));
      if (outcome !== 'aborted') messagesConsumed.inc({ topic, outcome });
    }
  }

  /** True when the message was dead-lettered. */
  private async run<T extends object>(
    ctx: KafkaContext,
    contract: ContractClass<T>,
    handler: (event: T, meta: MessageMeta) => Promise<unknown>,
  ): Promise<boolean> {
    const message = ctx.getMessage();
    const headers = message.headers as Record<string, string | undefined>;
    const where = { topic: ctx.getTopic(), partition: ctx.getPartition(), offset: message.offset };
    const meta: MessageMeta = { eventId: headers[CeHeaders.id], traceparent: headers[CeHeaders.traceparent] };

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
      await this.deadLetter(ctx, error as Error, 1);
      return true;
    }

    let failures = 0;
    for (let attempt = 1; ; attempt++) {
      try {
        await handler(event, meta);
        return false;
      } catch (error) {
        if (isDeadLetter(error)) {
          messagesFailed.inc({ topic: where.topic, reason: 'bad_message' });
          await this.deadLetter(ctx, error, attempt);
          return true;
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
          await this.deadLetter(ctx, error as Error, attempt);
          return true;
        }
        await this.wait(ctx, failures, error);
      }
    }
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
