import { describe, expect, it } from 'vitest';
import { embeddedItemInput, feedItemBase, lastModifiedFallback } from './feed-item-input.js';

const source = { id: 'mfa.example.org', kind: 'rss', publisher: 'Ministry', country: 'CL', language: null, timezone: 'America/Santiago' } as const;
const item = { id: 'g1', url: 'https://mfa.example.org/1', title: 'Minister to travel to Chile', html: '<p>The Minister will travel June 27-June 30.</p>', summaryOnly: false, publishedAt: 'Mon, 27 May 2019 10:00:00 +0000' };

describe('feed item input', () => {
  it('states the item title and pubDate as the release title and date', () => {
    expect(feedItemBase(source, item)).toMatchObject({ title: 'Minister to travel to Chile', publishedAt: '2019-05-27T10:00:00.000Z', dateSource: 'feed', sourceId: 'mfa.example.org' });
  });

  it('says sitemap for a news sitemap date, and states no title for a listing link', () => {
    expect(feedItemBase({ ...source, kind: 'sitemap' }, item).dateSource).toBe('sitemap');
    expect(feedItemBase({ ...source, kind: 'listing' }, item).title).toBeUndefined();
  });

  it('carries the item markup alone, with no synthetic heading', () => {
    const input = embeddedItemInput(feedItemBase(source, item), item, item.url);
    expect(input).toMatchObject({ format: 'html', content: '<p>The Minister will travel June 27-June 30.</p>', title: 'Minister to travel to Chile', url: item.url });
    expect(input.content).not.toContain('<h1>');
  });

  it('uses Last-Modified only when the item states no date', () => {
    const dated = feedItemBase(source, item);
    const undated = feedItemBase(source, { ...item, publishedAt: undefined });
    expect(lastModifiedFallback(dated, 'Tue, 28 May 2019 08:00:00 GMT')).toEqual({});
    expect(lastModifiedFallback(undated, 'Tue, 28 May 2019 08:00:00 GMT')).toEqual({ publishedAtFallback: '2019-05-28T08:00:00.000Z', dateSource: 'http' });
  });
});
