import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { cloudEventHeaders } from '@demarche/contracts';
import { messagesProduced, publishFailures, withProducerSpan } from '@demarche/observability';
import type { IHeaders, Kafka, Producer } from 'kafkajs';
import { DependencyUnavailableError } from './dependency-unavailable.error.js';
import { KAFKA_CLIENT, KAFKA_OPTIONS, type KafkaModuleOptions } from './kafka.tokens.js';
import { SendCoalescer } from './send-coalescer.js';

type Contract = { readonly topic: string; readonly type: string };

/** Publishes contract events (CloudEvents binary mode, key = release id) and raw dead letters. */
@Injectable()
export class EventPublisher implements OnApplicationShutdown {
  private readonly logger = new Logger(EventPublisher.name);
  private producer: Producer;
  private readonly coalescer: SendCoalescer;
  private connecting?: Promise<void>;

  constructor(
    @Inject(KAFKA_CLIENT) private readonly kafka: Kafka,
    @Inject(KAFKA_OPTIONS) private readonly options: KafkaModuleOptions,
  ) {
    this.producer = this.newProducer();
    this.coalescer = new SendCoalescer(async (topicMessages) => {
      await this.connect();
      await this.producer.sendBatch({ acks: -1, topicMessages });
    });
  }

  /** Idempotent: a retried send never writes the same record twice. */
  private newProducer(): Producer {
    return this.kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
  }

  /**
   * Sends inside an OpenTelemetry PRODUCER span whose `traceparent` goes in the headers: a child
   * of the active span (the HTTP request or consumed message being handled), or of
   * `traceparent` — the consumed message's, or one kept with a job — when that names another trace.
   */
  async publish<T extends { id: string }>(contract: Contract, event: T, traceparent?: string): Promise<void> {
    await withProducerSpan({ topic: contract.topic, key: event.id, traceparent }, async (traceHeaders) => {
      const headers = { ...cloudEventHeaders(contract.type, this.options.service), ...traceHeaders };
      await this.send(contract.topic, [{ key: event.id, value: JSON.stringify(event), headers }]);
      this.logger.debug({ msg: 'published', topic: contract.topic, releaseId: event.id, eventId: headers.ce_id });
    });
  }

  async sendRaw(topic: string, key: Buffer | string | null, value: Buffer | string | null, headers: IHeaders) {
    await this.send(topic, [{ key, value, headers }]);
  }

  private async send(topic: string, messages: Parameters<Producer['send']>[0]['messages']) {
    try {
      await this.coalescer.enqueue(topic, messages);
      messagesProduced.inc({ topic }, messages.length);
    } catch (error) {
      this.replaceProducer();
      publishFailures.inc({ topic });
      throw new DependencyUnavailableError('kafka', `cannot publish to ${topic}: ${(error as Error).message}`, {
        cause: error,
      });
    }
  }

  /**
   * After a failed send the next one gets a new producer (a new producer id and sequence numbers):
   * an idempotent producer whose sequence the broker no longer accepts (OUT_OF_ORDER_SEQUENCE_NUMBER
   * after a timed-out request, say) would otherwise fail every send from then on.
   */
  private replaceProducer() {
    const failed = this.producer;
    const connected = this.connecting;
    this.producer = this.newProducer();
    this.connecting = undefined;
    if (connected) void connected.then(() => failed.disconnect()).catch(() => undefined);
  }

  private connect(): Promise<void> {
    this.connecting ??= this.producer.connect();
    return this.connecting;
  }

  async onApplicationShutdown() {
    if (this.connecting) await this.producer.disconnect();
  }
}
