import { Module } from '@nestjs/common';
import { EventStream } from '../live/event-stream.js';
import { SubscriptionsModule } from '../subscriptions/subscriptions.module.js';
import { FeedResponder } from './feed-response.js';
import { FeedsController } from './feeds.controller.js';
import { SubscriptionFeedsController } from './subscription-feeds.controller.js';

/** Pull (Atom, RSS, JSON Feed) and live (SSE) access to topic feeds and subscriptions. */
@Module({
  imports: [SubscriptionsModule],
  controllers: [FeedsController, SubscriptionFeedsController],
  providers: [FeedResponder, EventStream],
})
export class PullModule {}
