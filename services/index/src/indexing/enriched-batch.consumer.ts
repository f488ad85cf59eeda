import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ReleaseEnrichedV1, Topics } from '@demarche/contracts';
import { BatchConsumer, KAFKA_CLIENT, MessageProcessor } from '@demarche/kafka';
import type { Kafka } from 'kafkajs';
import type { IndexEnv } from '../config/env.js';
import { IndexedPublisher } from './indexed-publisher.js';
import { IndexingService } from './indexing.service.js';

/** Consumes releases.enriched.v1 a fetched batch at a time, so that its documents share `_bulk` requests. */
@Injectable()
export class EnrichedBatchConsumer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly consumer: BatchConsumer;

  constructor(
    @Inject(KAFKA_CLIENT) kafka: Kafka,
    processor: MessageProcessor,
    indexing: IndexingService,
    indexed: IndexedPublisher,
    config: ConfigService<IndexEnv, true>,
  ) {
    this.consumer = new BatchConsumer(kafka, processor, {
      groupId: `${config.get('KAFKA_GROUP_PREFIX')}.index`,
      lagIntervalMs: config.get('CONSUMER_LAG_INTERVAL_MS'),
      handlers: {
        [Topics.ReleaseEnrichedV1]: (ctx) =>
          processor.process(ctx, ReleaseEnrichedV1, async (release, meta) => {
            const done = await indexing.index(release);
            // Announced only once Elasticsearch has acknowledged the write.
            if (done) await indexed.publish(done, meta.traceparent);
          }),
      },
    });
  }

  onApplicationBootstrap() {
    return this.consumer.start();
  }

  beforeApplicationShutdown() {
    return this.consumer.stop();
  }
}
