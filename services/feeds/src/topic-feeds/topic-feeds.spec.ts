import { describe, expect, it } from 'vitest';
import { feedTopic, loadTopicFeeds } from './topic-feeds.js';

describe('topic feeds file', () => {
  it('lists the eight named topic feeds, each with a title and a Kafka topic', () => {
    const feeds = loadTopicFeeds();
    expect(feeds.map((f) => f.slug)).toEqual([
      'korean-peninsula',
      'russia-us-relations',
      'nuclear-non-proliferation',
      'ukraine',
      'middle-east',
      'sanctions',
      'un-security-council',
      'climate',
    ]);
    for (const f of feeds) expect(f.title.length).toBeGreaterThan(2);
    expect(feedTopic('ukraine')).toBe('feeds.ukraine.v1');
  });
});
