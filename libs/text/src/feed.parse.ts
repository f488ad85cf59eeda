import { parseFeed } from 'feedsmith';
import { ExtractionError, ExtractionErrorCode } from './extraction.error.js';

export interface FeedItem {
  /** guid / id / link: stable across polls. */
  id: string;
  url?: string;
  title?: string;
  /** The item's HTML (content:encoded, Atom content, else the description or summary). */
  html?: string;
  /** True when only a description/summary came with the item: fetch the page for the full text. */
  summaryOnly: boolean;
  /** As the feed wrote it (RFC 822 or ISO 8601). */
  publishedAt?: string;
}

export interface ParsedFeed {
  format: 'rss' | 'atom' | 'rdf';
  title?: string;
  items: FeedItem[];
}

/** Short HTML or text that reads like a teaser, not a release body. */
const looksLikeSummary = (html: string | undefined) => !html || html.replace(/<[^>]*>/g, ' ').trim().length < 600;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rss-parser's items are untyped
type Anyish = Record<string, any>;
const text = (value: unknown): string | undefined => {
  if (typeof value === 'string') return value.trim() || undefined;
  if (value && typeof value === 'object' && 'value' in value) return text((value as Anyish).value);
  return undefined;
};

/**
 * RSS 2.0, Atom and RDF (RSS 1.0) through feedsmith. Its XML parser never expands DTD entities
 * (no "billion laughs"), and external entities are never fetched.
 */
export function parseFeedItems(xml: string, maxItems = 500): ParsedFeed {
  // The parser does not expand entities, but a feed declaring them is an attack (billion laughs,
  // external entities such as file:///etc/passwd) or junk: refuse it, naming why.
  if (/<!DOCTYPE[^>]*\[|<!ENTITY/i.test(xml)) {
    throw new ExtractionError(ExtractionErrorCode.XML_ENTITIES, 'the feed declares XML entities in a DTD (billion laughs or external entities): refused');
  }
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(xml);
  } catch (error) {
    throw new ExtractionError(ExtractionErrorCode.BAD_FEED, `not an RSS, Atom or RDF feed: ${(error as Error).message}`);
  }
  const feed = parsed.feed as Anyish;
  if (parsed.format === 'atom') {
    const items = ((feed.entries ?? []) as Anyish[]).slice(0, maxItems).map((entry): FeedItem => {
      const links = (entry.links ?? []) as Anyish[];
      const url = (links.find((l) => !l.rel || l.rel === 'alternate') ?? links[0])?.href as string | undefined;
      const content = text(entry.content);
      const html = content ?? text(entry.summary);
      return {
        id: text(entry.id) ?? url ?? text(entry.title) ?? '',
        url,
        title: text(entry.title),
        html,
        summaryOnly: !content || looksLikeSummary(content),
        publishedAt: text(entry.published) ?? text(entry.updated),
      };
    });
    return { format: 'atom', title: text(feed.title), items: items.filter((i) => i.id) };
  }
  if (parsed.format === 'rss' || parsed.format === 'rdf') {
    const items = ((feed.items ?? []) as Anyish[]).slice(0, maxItems).map((item): FeedItem => {
      const url = text(item.link) ?? text(item.rdf?.about);
      const content = text(item.content?.encoded);
      const html = content ?? text(item.description);
      return {
        id: text(item.guid) ?? url ?? text(item.title) ?? '',
        url,
        title: text(item.title),
        html,
        summaryOnly: !content || looksLikeSummary(content),
        publishedAt: text(item.pubDate) ?? text(item.dc?.date) ?? text(item.dc?.dates?.[0]),
      };
    });
    return { format: parsed.format, title: text(feed.title), items: items.filter((i) => i.id) };
  }
  throw new ExtractionError(ExtractionErrorCode.BAD_FEED, `unsupported feed format ${parsed.format}`);
}
