import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ReleaseEnrichedV1, ReleaseTranslatedV1, Topics } from '@demarche/contracts';
import { BatchConsumer, EventPublisher, KAFKA_CLIENT, MessageProcessor } from '@demarche/kafka';
import type { Kafka } from 'kafkajs';
import type { EnrichEnv } from '../config/env.js';
import { EnrichmentService } from './enrichment.service.js';

/** Consumes releases.translated.v1 a fetched batch at a time (see BatchConsumer). */
@Injectable()
export class EnrichmentConsumer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly consumer: BatchConsumer;

  constructor(
    @Inject(KAFKA_CLIENT) kafka: Kafka,
    processor: MessageProcessor,
    enrichment: EnrichmentService,
    publisher: EventPublisher,
    @Inject(ConfigService) config: ConfigService<EnrichEnv, true>,
  ) {
    this.consumer = new BatchConsumer(kafka, processor, {
      groupId: `${config.get('KAFKA_GROUP_PREFIX')}.enrich`,
      lagIntervalMs: config.get('CONSUMER_LAG_INTERVAL_MS'),
      handlers: {
        [Topics.ReleaseTranslatedV1]: (ctx) =>
          processor.process(ctx, ReleaseTranslatedV1, (release, meta) =>
            enrichment.enrich(release).then((enriched) => publisher.publish(ReleaseEnrichedV1, enriched, meta.traceparent)),
          ),
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
