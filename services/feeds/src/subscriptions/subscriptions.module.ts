import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PreviewService } from './preview.service.js';
import { Subscription } from './subscription.entity.js';
import { SubscriptionsController } from './subscriptions.controller.js';
import { SubscriptionsService } from './subscriptions.service.js';
import { WebhookTargetPolicy } from './webhook-target.policy.js';

@Module({
  imports: [TypeOrmModule.forFeature([Subscription])],
  controllers: [SubscriptionsController],
  providers: [SubscriptionsService, PreviewService, WebhookTargetPolicy],
  exports: [SubscriptionsService, WebhookTargetPolicy],
})
export class SubscriptionsModule {}
