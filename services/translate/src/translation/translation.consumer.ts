import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ReleaseIngestedV1, Topics } from '@demarche/contracts';
import { BatchConsumer, KAFKA_CLIENT, MessageProcessor } from '@demarche/kafka';
import type { Kafka } from 'kafkajs';
import type { TranslateEnv } from '../config/env.js';
import { ReleaseTranslator } from './release-translator.js';

/** Consumes releases.ingested.v1 a fetched batch at a time (see BatchConsumer). */
@Injectable()
export class TranslationConsumer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly consumer: BatchConsumer;

  constructor(
    @Inject(KAFKA_CLIENT) kafka: Kafka,
    processor: MessageProcessor,
    translator: ReleaseTranslator,
    @Inject(ConfigService) config: ConfigService<TranslateEnv, true>,
  ) {
    this.consumer = new BatchConsumer(kafka, processor, {
      groupId: `${config.get('KAFKA_GROUP_PREFIX')}.translate`,
      lagIntervalMs: config.get('CONSUMER_LAG_INTERVAL_MS'),
      handlers: {
        [Topics.ReleaseIngestedV1]: (ctx) =>
          processor.process(ctx, ReleaseIngestedV1, (release, meta) => translator.translateAndPublish(release, meta.traceparent)),
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
