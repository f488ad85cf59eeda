import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ReleaseIndexedV1, Topics } from '@demarche/contracts';
import { BatchConsumer, DependencyUnavailableError, KAFKA_CLIENT, MessageProcessor } from '@demarche/kafka';
import type { Kafka } from 'kafkajs';
import type { FeedsEnv } from '../config/env.js';
import { FeedItemsService } from '../items/feed-items.service.js';
import { LiveBus } from '../live/live-bus.js';
import { MatchingService } from '../matching/matching.service.js';
import { SubscriptionsService } from '../subscriptions/subscriptions.service.js';
import { WebSubPublisher } from '../pull/websub-publisher.js';
import { OutboxWorker } from './outbox.worker.js';

/**
 * Every searchable release: match it against the topic feeds and the active subscriptions,
 * record the matches and their outbox rows in one transaction, then wake the outbox and this
 * replica's reading of the live log. A redelivered event finds its matches recorded and changes nothing. Consumed a
 * fetched batch at a time (see BatchConsumer), so the batch's releases share matching searches.
 */
@Injectable()
export class IndexedReleaseConsumer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(IndexedReleaseConsumer.name);
  private readonly consumer: BatchConsumer;

  constructor(
    @Inject(KAFKA_CLIENT) kafka: Kafka,
    @Inject(ConfigService) config: ConfigService<FeedsEnv, true>,
    private readonly processor: MessageProcessor,
    private readonly subscriptions: SubscriptionsService,
    private readonly matching: MatchingService,
    private readonly items: FeedItemsService,
    private readonly outbox: OutboxWorker,
    private readonly live: LiveBus,
    private readonly websub: WebSubPublisher,
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
    return this.processor.process(ctx, ReleaseIndexedV1, async (release, meta) => {
      const started = Date.now();
      const matches = await this.matching.match(release, await this.subscriptions.active());
      const matched = Date.now();
      const { created, updated } = await this.items.record(release, matches).catch((error: Error) => {
        // The store is a dependency like Kafka: wait it out (never dead-letter a good release).
        // A lost race on the unique key lands here too, and the retry finds the row.
        throw new DependencyUnavailableError('database', error.message, { cause: error });
      });
      if (created.length) this.outbox.wake();
      if (created.length) this.live.wake();
      void this.websub.publish(created);
      this.logger.log({
        msg: 'release matched',
        releaseId: release.id,
        eventId: meta.eventId,
        feeds: created.map((i) => i.feedKey).slice(0, 20),
        newItems: created.length,
        syndicatedCopyOf: updated.length,
        matchMs: matched - started,
        recordMs: Date.now() - matched,
      });
    });
  }
}
