import { Global, Module } from '@nestjs/common';
import { LiveBus } from '../live/live-bus.js';
import { FeedItemsService } from './feed-items.service.js';

/** Feed items and the in-process bus that announces new ones. */
@Global()
@Module({ providers: [FeedItemsService, LiveBus], exports: [FeedItemsService, LiveBus] })
export class ItemsModule {}
