import { Logger } from '@nestjs/common';
import { KafkaContext } from '@nestjs/microservices';
import type { Consumer, EachBatchPayload, Kafka, KafkaMessage } from 'kafkajs';
import { ConsumerLagSampler } from './consumer-lag.sampler.js';
import type { MessageProcessor } from './message-processor.js';
import { settleInOrder } from './settle-in-order.js';

/** Handles one message of a topic, usually `processor.process(ctx, Contract, handler)`. */
export type TopicHandler = (ctx: KafkaContext) => Promise<void>;

export interface BatchConsumerOptions {
  groupId: string;
  /** Topic → its handler. */
  handlers: Record<string, TopicHandler>;
  /** How often the group's lag is sampled into demarche_consumer_lag. */
  lagIntervalMs: number;
}

/**
 * Consumes a fetched batch at a time (kafkajs `eachBatch`) rather than through Nest's
 * transport, which hands over one message per partition at a time, so a stage waits a broker
 * round trip per message. A batch's messages run concurrently (their sends share produce
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
    const messages = batch.messages.map((message) => asNestMessage(message, batch.topic, batch.partition));
    await settleInOrder(
      messages,
      // Shaped as Nest's parser shapes it (text key and headers), which kafkajs' type does not describe.
      (message) => handle(new KafkaContext([message as unknown as KafkaMessage, batch.partition, batch.topic, this.consumer, heartbeat, undefined as never])),
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

/** The message as Nest's Kafka transport hands it over (keepBinary): value bytes kept, key and headers as text. */
function asNestMessage(message: KafkaMessage, topic: string, partition: number) {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(message.headers ?? {})) {
    if (value != null) headers[name] = Array.isArray(value) ? value.map(String).join(',') : value.toString();
  }
  return { ...message, key: message.key == null ? null : message.key.toString(), headers, topic, partition };
}
