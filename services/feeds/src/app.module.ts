import { Module } from '@nestjs/common';
import { ServiceModule } from '@demarche/platform';
import { FeedsEnv } from './config/env.js';
import { FeedsConfig, feedsConfig } from './config/feeds.config.js';
import { tables } from './database/database.options.js';
import { DeliveryModule } from './delivery/delivery.module.js';
import { ItemsModule } from './items/items.module.js';
import { PullModule } from './pull/pull.module.js';
import { SubscriptionsModule } from './subscriptions/subscriptions.module.js';
import { TopicFeedsModule } from './topic-feeds/topic-feeds.module.js';

@Module({
  imports: [
    ServiceModule.forRoot({
      name: 'feeds',
      env: FeedsEnv,
      kafka: true,
      elastic: true,
      database: tables,
      config: [[FeedsConfig, feedsConfig]],
    }),
    TopicFeedsModule,
    ItemsModule,
    SubscriptionsModule,
    DeliveryModule,
    PullModule,
  ],
})
export class AppModule {}
