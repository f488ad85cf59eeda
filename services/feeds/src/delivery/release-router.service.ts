import { Injectable, Logger } from '@nestjs/common';
import type { ReleaseIndexedV1 } from '@demarche/contracts';
import { DependencyUnavailableError, type MessageMeta } from '@demarche/kafka';
import { isConnectionError } from '@demarche/platform';
import { OutboxWorker } from './outbox.worker.js';
import { FeedItemsService } from '../items/feed-items.service.js';
import { LiveBus } from '../live/live-bus.js';
import { MatchingService } from '../matching/matching.service.js';
import { WebSubPublisher } from '../pull/websub-publisher.js';
import { SubscriptionsService } from '../subscriptions/subscriptions.service.js';

/**
 * Where a searchable release goes: matched against the topic feeds and the active subscriptions,
 * its matches and their outbox rows recorded in one transaction, then the outbox, this replica's
 * reading of the live log and the WebSub hubs woken. A redelivered release finds its matches
 * recorded and changes nothing.
 */
@Injectable()
export class ReleaseRouter {
  private readonly logger = new Logger(ReleaseRouter.name);

  constructor(
    private readonly subscriptions: SubscriptionsService,
    private readonly matching: MatchingService,
    private readonly items: FeedItemsService,
    private readonly outbox: OutboxWorker,
    private readonly live: LiveBus,
    private readonly websub: WebSubPublisher,
  ) {}

  async route(release: ReleaseIndexedV1, meta: Pick<MessageMeta, 'eventId'>): Promise<void> {
    const started = Date.now();
    const matches = await this.matching.match(release, await this.subscriptions.active());
    const matched = Date.now();
    const { created, updated } = await this.items.record(release, matches).catch((error: unknown) => {
      // An unreachable store is waited out like Kafka (a good release is never dead-lettered); any
      // other failure — a lost race on the unique key, a bug — takes the bounded retries and the DLQ.
      if (isConnectionError(error)) throw new DependencyUnavailableError('database', (error as Error).message, { cause: error });
      throw error;
    });
    if (created.length) {
      this.outbox.wake();
      this.live.wake();
    }
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
  }
}
