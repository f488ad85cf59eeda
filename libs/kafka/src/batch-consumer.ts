import { Logger } from '@nestjs/common';
import type { Consumer, EachBatchPayload, Kafka } from 'kafkajs';
import { consumedMessage, type ConsumedMessage } from './consumed-message.js';
import { ConsumerLagSampler } from './consumer-lag.sampler.js';
import type { MessageProcessor } from './message-processor.js';
import { settleInOrder } from './settle-in-order.js';

/** Handles one message of a topic, usually `processor.process(message, Contract, handler)`. */
export type TopicHandler = (message: ConsumedMessage) => Promise<void>;

export interface BatchConsumerOptions {
  groupId: string;
  /** Topic → its handler. */
  handlers: Record<string, TopicHandler>;
  /** How often the group's lag is sampled into demarche_consumer_lag. */
  lagIntervalMs: number;
}

/**
 * Consumes a fetched batch at a time (kafkajs `eachBatch`) rather than one message per
 * partition at a time (`eachMessage`, as Nest's Kafka transport does), where a stage waits a
 * broker round trip per message. A batch's messages run concurrently (their sends share produce
 * requests, their documents `_bulk` requests), except that messages with the same key run one
 * after another, in offset order, so two revisions of one release keep their order. Every
 * message still runs through the MessageProcessor on its own (bad → DLQ, dependency down → wait
 * uncommitted), and its offset is resolved only once it and every earlier message of its
 * partition is settled.
 */
export class BatchConsumer {
  private readonly logger = new Logger(BatchConsumer.name);
  private readonly consumer: Consumer;
  private readonly lag: ConsumerLagSampler;

  constructor(
    kafka: Kafka,
    private readonly processor: MessageProcessor,
    private readonly options: BatchConsumerOptions,
  ) {
    this.consumer = kafka.consumer({ groupId: options.groupId, allowAutoTopicCreation: false, sessionTimeout: 30_000, heartbeatInterval: 3_000 });
    this.lag = new ConsumerLagSampler(kafka, options.groupId, options.lagIntervalMs);
  }

  async start(): Promise<void> {
    const topics = Object.keys(this.options.handlers);
    await this.consumer.connect();
    await this.consumer.subscribe({ topics, fromBeginning: true });
    await this.consumer.run({
      autoCommit: true,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: 3,
      eachBatch: (payload) => this.eachBatch(payload),
    });
    this.lag.start();
    this.logger.log({ msg: 'consuming', topics, groupId: this.options.groupId });
  }

  private async eachBatch({ batch, resolveOffset, heartbeat, commitOffsetsIfNecessary }: EachBatchPayload) {
    const handle = this.options.handlers[batch.topic];
    const messages = batch.messages.map((message) => consumedMessage(message, batch.topic, batch.partition, heartbeat));
    await settleInOrder(
      messages,
      handle,
      async (offset) => {
        resolveOffset(offset);
        await heartbeat();
      },
    );
    await commitOffsetsIfNecessary();
  }

  async stop(): Promise<void> {
    await this.lag.stop();
    // Ends the processor's waits first (hook order is not ours to choose): the batches in hand
    // then finish at once, what is still waiting uncommitted, and disconnecting does not hang.
    this.processor.beforeApplicationShutdown();
    await this.consumer.disconnect();
  }
}
