import { Inject, Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import {
  CeHeaders,
  DeadLetterHeaders,
  deadLetterTopic,
  checkCloudEventHeaders,
  decode,
  isDeadLetter,
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
import type { ConsumedMessage } from './consumed-message.js';
import type { ConsumesOptions } from './consumes.decorator.js';
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

export type ProcessOptions = ConsumesOptions;

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
    message: ConsumedMessage,
    contract: ContractClass<T>,
    handler: (event: T, meta: MessageMeta) => Promise<unknown>,
    options: ProcessOptions = {},
  ): Promise<void> {
    const { topic, partition, offset, headers } = message;
    // A CONSUMER span, child of the producer's (from the headers): log lines and published
    // events of this message carry its trace and release id.
    const incoming = { topic, partition, offset, key: message.key ?? undefined, headers };
    return withConsumerSpan(incoming, () => this.measured(message, contract, handler, options));
  }

  private async measured<T extends object>(
    message: ConsumedMessage,
    contract: ContractClass<T>,
    handler: (event: T, meta: MessageMeta) => Promise<unknown>,
    options: ProcessOptions,
  ): Promise<void> {
    const topic = message.topic;
    const start = process.hrtime.bigint();
    let outcome = 'processed';
    try {
      outcome = await this.run(message, contract, handler, options);
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
    message: ConsumedMessage,
    contract: ContractClass<T>,
    handler: (event: T, meta: MessageMeta) => Promise<unknown>,
    options: ProcessOptions,
  ): Promise<'processed' | 'dead_lettered' | 'skipped'> {
    const { headers } = message;
    const where = { topic: message.topic, partition: message.partition, offset: message.offset };
    const meta: MessageMeta = { eventId: headers[CeHeaders.id], traceparent: headers[CeHeaders.traceparent], time: isoTime(headers[CeHeaders.time]) };

    let event: T;
    try {
      checkCloudEventHeaders(contract, headers);
      event = decode(contract, message.value);
    } catch (error) {
      messagesFailed.inc({ topic: where.topic, reason: 'bad_message' });
      return this.giveUp(message, error as Error, 1, options);
    }

    let failures = 0;
    for (let attempt = 1; ; attempt++) {
      try {
        await handler(event, meta);
        return 'processed';
      } catch (error) {
        if (isDeadLetter(error)) {
          messagesFailed.inc({ topic: where.topic, reason: 'bad_message' });
          return this.giveUp(message, error, attempt, options);
        }
        if (isDependencyUnavailable(error)) {
          messagesFailed.inc({ topic: where.topic, reason: 'dependency_unavailable' });
          this.logger.warn({ msg: 'dependency down, waiting', error: error.message, attempt, ...where, ...meta });
          await this.wait(message, attempt, error);
          continue;
        }
        failures++;
        messagesFailed.inc({ topic: where.topic, reason: 'error' });
        this.logger.error({ msg: 'processing failed', error: (error as Error).message, failures, ...where, ...meta });
        if (failures >= MAX_ATTEMPTS) {
          return this.giveUp(message, error as Error, attempt, options);
        }
        await this.wait(message, failures, error);
      }
    }
  }

  private async giveUp(message: ConsumedMessage, error: Error, attempts: number, options: ProcessOptions): Promise<'dead_lettered' | 'skipped'> {
    if (options.observer) {
      const { topic, partition, offset } = message;
      this.logger.warn({ msg: 'message skipped', error: error.message, topic, partition, offset });
      return 'skipped';
    }
    await this.deadLetter(message, error, attempts);
    return 'dead_lettered';
  }

  private async deadLetter(message: ConsumedMessage, error: Error, attempts: number): Promise<void> {
    const { topic, partition, offset } = message;
    const original = Object.fromEntries(Object.entries(message.headers).filter(([, value]) => value !== undefined)) as Record<string, string>;
    const headers = {
      ...original,
      [DeadLetterHeaders.error]: error.message.slice(0, 2000),
      [DeadLetterHeaders.code]: (error as { code?: string }).code ?? 'PROCESSING.FAILED',
      [DeadLetterHeaders.stage]: this.options.service,
      [DeadLetterHeaders.attempts]: String(attempts),
      [DeadLetterHeaders.topic]: topic,
      [DeadLetterHeaders.partition]: String(partition),
      [DeadLetterHeaders.offset]: offset,
    };
    // Parking the message is itself a write to Kafka: wait out a broker outage too.
    for (let attempt = 1; ; attempt++) {
      try {
        await this.publisher.sendRaw(deadLetterTopic(topic), message.key, message.value, headers);
        deadLetters.inc({ topic, code: headers[DeadLetterHeaders.code] });
        this.logger.warn({ msg: 'dead-lettered', reason: error.message, topic, partition, offset });
        return;
      } catch (sendError) {
        await this.wait(message, attempt, sendError);
      }
    }
  }

  /** Backs off while keeping the group membership alive; aborts (uncommitted) on shutdown. */
  private async wait(message: ConsumedMessage, attempt: number, cause: unknown): Promise<void> {
    if (this.stopping) throw cause;
    const until = Date.now() + backoffDelay(attempt);
    while (Date.now() < until) {
      await sleep(Math.min(1000, until - Date.now()));
      if (this.stopping) throw cause;
      await message.heartbeat().catch(() => undefined);
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
