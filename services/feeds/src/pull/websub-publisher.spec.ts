import type { FeedsConfig } from '../config/feeds.config.js';
import { describe, expect, it } from 'vitest';
import type { FeedItem } from '../items/feed-item.entity.js';
import { WebSubPublisher } from './websub-publisher.js';

describe('WebSub publish pings', () => {
  it('name every format of each changed feed, once', () => {
    const publisher = new WebSubPublisher({ publicUrl: 'https://feeds.example.org' } as FeedsConfig);
    const items = [{ feedKey: 'topic:ukraine' }, { feedKey: 'topic:ukraine' }, { feedKey: 'sub:sub_1' }] as FeedItem[];
    expect(publisher.changedUrls(items)).toEqual([
      'https://feeds.example.org/feeds/ukraine.atom',
      'https://feeds.example.org/feeds/ukraine.rss',
      'https://feeds.example.org/feeds/ukraine.json',
      'https://feeds.example.org/subscriptions/sub_1/feed.atom',
      'https://feeds.example.org/subscriptions/sub_1/feed.rss',
      'https://feeds.example.org/subscriptions/sub_1/feed.json',
    ]);
  });
});
