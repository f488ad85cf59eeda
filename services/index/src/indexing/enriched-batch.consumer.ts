import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { KafkaContext } from '@nestjs/microservices';
import { ReleaseEnrichedV1, Topics } from '@demarche/contracts';
import { ConsumerLagSampler, KAFKA_CLIENT, MessageProcessor } from '@demarche/kafka';
import type { Consumer, EachBatchPayload, Kafka, KafkaMessage } from 'kafkajs';
import type { IndexEnv } from '../config/env.js';
import { IndexedPublisher } from './indexed-publisher.js';
import { IndexingService } from './indexing.service.js';
import { settleInOrder } from './settle-in-order.js';

/**
 * Consumes releases.enriched.v1 a fetched batch at a time (kafkajs `eachBatch`) rather than
 * through Nest's transport, which hands over one message per partition at a time and so keeps
 * `_bulk` requests tiny. Every message still runs through the MessageProcessor on its own
 * (bad → DLQ, dependency down → wait uncommitted), and its offset is resolved only once it and
 * every earlier message of its partition is settled: acknowledged, skipped (409) or dead-lettered.
 */
@Injectable()
export class EnrichedBatchConsumer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(EnrichedBatchConsumer.name);
  private readonly consumer: Consumer;
  private readonly lag: ConsumerLagSampler;
  private readonly groupId: string;

  constructor(
    @Inject(KAFKA_CLIENT) kafka: Kafka,
    private readonly processor: MessageProcessor,
    private readonly indexing: IndexingService,
    private readonly indexed: IndexedPublisher,
    config: ConfigService<IndexEnv, true>,
  ) {
    this.groupId = `${config.get('KAFKA_GROUP_PREFIX')}.index`;
    this.consumer = kafka.consumer({
      groupId: this.groupId,
      allowAutoTopicCreation: false,
      sessionTimeout: 30_000,
      heartbeatInterval: 3_000,
    });
    this.lag = new ConsumerLagSampler(kafka, this.groupId, config.get('CONSUMER_LAG_INTERVAL_MS'));
  }

  async onApplicationBootstrap() {
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: [Topics.ReleaseEnrichedV1], fromBeginning: true });
    await this.consumer.run({
      autoCommit: true,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: 3,
      eachBatch: (payload) => this.eachBatch(payload),
    });
    this.lag.start();
    this.logger.log({ msg: 'consuming', topic: Topics.ReleaseEnrichedV1, groupId: this.groupId });
  }

  private async eachBatch({ batch, resolveOffset, heartbeat, commitOffsetsIfNecessary }: EachBatchPayload) {
    const messages = batch.messages.map((message) => asNestMessage(message, batch.topic, batch.partition));
    await settleInOrder(
      messages,
      (message) => {
        // Shaped as Nest's parser shapes it (text key and headers), which kafkajs' type does not describe.
        const ctx = new KafkaContext([message as unknown as KafkaMessage, batch.partition, batch.topic, this.consumer, heartbeat, undefined as never]);
        return this.processor.process(ctx, ReleaseEnrichedV1, async (release, meta) => {
          const indexed = await this.indexing.index(release);
          // Announced only once Elasticsearch has acknowledged the write.
          if (indexed) await this.indexed.publish(indexed, meta.traceparent);
        });
      },
      async (offset) => {
        resolveOffset(offset);
        await heartbeat();
      },
    );
    await commitOffsetsIfNecessary();
  }

  async beforeApplicationShutdown() {
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
