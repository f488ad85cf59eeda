import escapeHtml from 'escape-html';
import type { FeedItem } from '@demarche/text';
import type { IngestInput } from '../releases/release-event.js';
import type { SourceRecord } from './source.entity.js';

type ItemSource = Pick<SourceRecord, 'id' | 'kind' | 'publisher' | 'country' | 'language' | 'timezone'>;
export type ItemBase = Omit<IngestInput, 'format' | 'content' | 'contentType'>;

const isoDate = (value: string | undefined): string | undefined => {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
};


/**
 * What a source says about one of its items. A feed item's <title> and pubDate (a news sitemap's
 * title and publication date) are stated by the publisher and used as they are, never re-guessed
 * from the text; a listing link's text is only a teaser, so its page finds its own title.
 */
export const feedItemBase = (source: ItemSource, item: FeedItem): ItemBase => {
  const publishedAt = isoDate(item.publishedAt);
  return {
    sourceId: source.id,
    sourceName: source.publisher ?? undefined,
    sourceCountry: source.country ?? undefined,
    language: source.language ?? undefined,
    timezone: source.timezone ?? undefined,
    ...(source.kind !== 'listing' && item.title?.trim() && { title: item.title }),
    ...(publishedAt && { publishedAt, dateSource: source.kind === 'sitemap' ? ('sitemap' as const) : ('feed' as const) }),
    registeredSource: true,
  };
};

/** A fetched page's Last-Modified stands in for a date only when the item states none. */
export const lastModifiedFallback = (base: ItemBase, lastModified: string | undefined): Partial<IngestInput> => {
  const date = isoDate(lastModified);
  return !base.publishedAt && date ? { publishedAtFallback: date, dateSource: 'http' } : {};
};

/** An item whose feed carries its text: that markup alone, its title beside it (no synthetic heading). */
export const embeddedItemInput = (base: ItemBase, item: FeedItem, url: string | undefined): IngestInput => ({
  ...base,
  format: 'html',
  content: item.html?.trim() ? item.html : escapeHtml(item.title ?? ''),
  ...(url && { url }),
  contentType: 'application/rss+xml',
});
