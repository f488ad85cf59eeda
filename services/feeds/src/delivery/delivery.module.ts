import { Module } from '@nestjs/common';
import { ItemsModule } from '../items/items.module.js';
import { MatchingModule } from '../matching/matching.module.js';
import { WebSubPublisher } from '../pull/websub-publisher.js';
import { SubscriptionsModule } from '../subscriptions/subscriptions.module.js';
import { DeliveriesController } from './deliveries.controller.js';
import { EmailOutbox } from './email.outbox.js';
import { EmailSender } from './email.sender.js';
import { UnsubscribeController } from './unsubscribe.controller.js';
import { WebhookSender } from './webhook.sender.js';
import { IndexedReleaseConsumer } from './indexed-release.consumer.js';
import { KafkaFeedSender } from './kafka-feed.sender.js';
import { OutboxRepository } from './outbox.repository.js';
import { OutboxWorker } from './outbox.worker.js';
import { ReleaseRouter } from './release-router.service.js';

@Module({
  imports: [SubscriptionsModule, MatchingModule, ItemsModule],
  controllers: [DeliveriesController, UnsubscribeController],
  providers: [OutboxRepository, OutboxWorker, WebhookSender, KafkaFeedSender, EmailSender, EmailOutbox, WebSubPublisher, ReleaseRouter, IndexedReleaseConsumer],
})
export class DeliveryModule {}
