import { Global, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { FeedsEnv } from '../config/env.js';
import { producibleCodes } from './producible-codes.js';
import { DEFAULT_TOPIC_FEEDS_FILE, loadTopicFeeds } from './topic-feeds.js';

export const TOPIC_FEEDS = Symbol('TOPIC_FEEDS');

@Global()
@Module({
  providers: [
    {
      provide: TOPIC_FEEDS,
      inject: [ConfigService],
      useFactory: (config: ConfigService<FeedsEnv, true>) =>
        loadTopicFeeds(config.get('TOPIC_FEEDS_FILE', { infer: true }) || DEFAULT_TOPIC_FEEDS_FILE, producibleCodes()),
    },
  ],
  exports: [TOPIC_FEEDS],
})
export class TopicFeedsModule {}
