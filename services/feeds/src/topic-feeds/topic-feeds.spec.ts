import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { producibleCodes } from './producible-codes.js';
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

  it('names only codes enrichment can tag', () => {
    const codes = producibleCodes();
    expect(codes.has('medtop:20000642')).toBe(true);
    expect(codes.has('korean-peninsula')).toBe(true);
    expect(() => loadTopicFeeds(undefined, codes)).not.toThrow();
  });
});

describe('a bad topic feeds file', () => {
  const file = (text: string) => {
    const path = join(mkdtempSync(join(tmpdir(), 'topic-feeds-')), 'feeds.yaml');
    writeFileSync(path, text);
    return path;
  };

  it('names the line of a query that does not parse', () => {
    const path = file('feeds:\n  - slug: a\n    title: A\n    query: \'"open\'\n');
    expect(() => loadTopicFeeds(path)).toThrow(`${path}:4: a: query: unterminated quote (at character 1)`);
  });

  it('names the line of a code enrichment never produces', () => {
    const path = file('feeds:\n  - slug: a\n    title: A\n    codes:\n      - medtop:1\n      - medtop:2\n');
    expect(() => loadTopicFeeds(path, new Set(['medtop:1']))).toThrow(`${path}:6: a: enrichment never tags medtop:2`);
    expect(loadTopicFeeds(path, new Set(['medtop:1', 'medtop:2']))[0].codes).toEqual(['medtop:1', 'medtop:2']);
  });
});
