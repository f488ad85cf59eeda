import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ReleaseIndexedV1, Topics } from '@demarche/contracts';
import { BatchConsumer, KAFKA_CLIENT, MessageProcessor } from '@demarche/kafka';
import type { Kafka } from 'kafkajs';
import type { FeedsEnv } from '../config/env.js';
import { ReleaseRouter } from './release-router.service.js';

/**
 * Every searchable release goes to the ReleaseRouter. Consumed a fetched batch at a time (see
 * BatchConsumer), so the batch's releases share matching searches.
 */
@Injectable()
export class IndexedReleaseConsumer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly consumer: BatchConsumer;

  constructor(
    @Inject(KAFKA_CLIENT) kafka: Kafka,
    @Inject(ConfigService) config: ConfigService<FeedsEnv, true>,
    private readonly processor: MessageProcessor,
    private readonly router: ReleaseRouter,
  ) {
    this.consumer = new BatchConsumer(kafka, processor, {
      groupId: `${config.get('KAFKA_GROUP_PREFIX')}.feeds`,
      lagIntervalMs: config.get('CONSUMER_LAG_INTERVAL_MS'),
      handlers: { [Topics.ReleaseIndexedV1]: (ctx) => this.handle(ctx) },
    });
  }

  onApplicationBootstrap() {
    return this.consumer.start();
  }

  beforeApplicationShutdown() {
    return this.consumer.stop();
  }

  private handle(ctx: Parameters<MessageProcessor['process']>[0]) {
    return this.processor.process(ctx, ReleaseIndexedV1, (release, meta) => this.router.route(release, meta));
  }
}
