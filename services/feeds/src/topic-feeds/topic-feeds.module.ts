import { Global, Module } from '@nestjs/common';
import { FeedsConfig } from '../config/feeds.config.js';
import { producibleCodes } from './producible-codes.js';
import { DEFAULT_TOPIC_FEEDS_FILE, loadTopicFeeds } from './topic-feeds.js';

export const TOPIC_FEEDS = Symbol('TOPIC_FEEDS');

@Global()
@Module({
  providers: [
    {
      provide: TOPIC_FEEDS,
      inject: [FeedsConfig],
      useFactory: (config: FeedsConfig) =>
        loadTopicFeeds(config.topicFeedsFile || DEFAULT_TOPIC_FEEDS_FILE, producibleCodes()),
    },
  ],
  exports: [TOPIC_FEEDS],
})
export class TopicFeedsModule {}
