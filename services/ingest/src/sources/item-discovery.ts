import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { FetchError, type FetchResult } from '@demarche/net';
import { decodeBytes, findListingLinks, parseFeedItems, parseSitemap, type FeedItem, type SitemapEntry } from '@demarche/text';
import type { SourceRecord } from './source.entity.js';

/** An item a source lists: a feed entry, a listing link or a sitemap URL. */
export interface DiscoveredItem extends FeedItem {
  /** Sitemaps: `<lastmod>`; a changed value means the page changed and is fetched again. */
  lastmod?: string;
}

/** A child sitemap of an index read this run, remembered once the run succeeds. */
export interface SitemapMark {
  url: string;
  lastmod: string;
}

export interface Discovery {
  items: DiscoveredItem[];
  sitemapMarks: SitemapMark[];
}

export interface DiscoveryContext {
  /** GET through robots.txt, the host's rate limit and the SSRF guard. */
  fetch(url: string, accept: string): Promise<FetchResult>;
  /** Whether an item key was handled before (listing: stop paging when a page brings nothing new). */
  isKnown(key: string): Promise<boolean>;
  /** The lastmod a child sitemap was last read at. */
  sitemapLastmod(url: string): Promise<string | undefined>;
}

export const HTML_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.1';
export const XML_ACCEPT = 'application/xml, text/xml;q=0.9, */*;q=0.1';
// A sitemap index of a big ministry can list hundreds of yearly sitemaps; a poll reads this many at most.
const MAX_CHILD_SITEMAPS = 50;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
/** The item key: the feed's guid, or a listing/sitemap item's URL. */
export const itemKey = (item: FeedItem): string => sha256(item.id);
export const sitemapKey = (url: string): string => sha256(`sitemap\n${url}`);

export const header = (result: FetchResult, name: string): string | undefined => {
  const value = result.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

// sitemap.xml.gz is common; the output is capped like any fetched body (a gzip bomb stops there).
const MAX_INFLATED_BYTES = 50 * 1024 * 1024;
const isGzip = (body: Buffer) => body.length > 2 && body[0] === 0x1f && body[1] === 0x8b;

const textOf = (result: FetchResult): string => {
  let body = result.body;
  if (isGzip(body)) {
    try {
      body = gunzipSync(body, { maxOutputLength: MAX_INFLATED_BYTES });
    } catch (error) {
      throw new FetchError('FETCH.TOO_LARGE', `${result.url}: cannot inflate (${(error as Error).message})`);
    }
  }
  return decodeBytes(body, { declared: header(result, 'content-type'), sniffMarkup: true }).text;
};

const ok = (result: FetchResult, url: string): FetchResult => {
  if (result.status !== 200) throw new FetchError('FETCH.HTTP', `${url} answered ${result.status}`, result.status);
  return result;
};

const pageItem = (url: string, title?: string, publishedAt?: string, lastmod?: string): DiscoveredItem => ({
  id: url,
  url,
  ...(title ? { title } : {}),
  summaryOnly: true,
  ...(publishedAt ? { publishedAt } : {}),
  ...(lastmod ? { lastmod } : {}),
});

/** The newest first: a sitemap lists a whole archive, and a poll that stops early has done what matters. */
const newestFirst = (entries: SitemapEntry[]): SitemapEntry[] =>
  entries
    .map((entry, position) => ({ entry, position, at: Date.parse(entry.publishedAt ?? entry.lastmod ?? '') }))
    .sort((a, b) => (Number.isNaN(b.at) ? -Infinity : b.at) - (Number.isNaN(a.at) ? -Infinity : a.at) || a.position - b.position)
    .map(({ entry }) => entry);

async function listingItems(source: SourceRecord, first: FetchResult, context: DiscoveryContext): Promise<Discovery> {
  const options = { itemSelector: source.itemSelector ?? undefined, nextSelector: source.nextSelector ?? undefined };
  const items: DiscoveredItem[] = [];
  const seen = new Set<string>([source.url]);
  let page = findListingLinks(textOf(first), first.url, options);
  for (let read = 1; ; read++) {
    let fresh = 0;
    for (const link of page.items) {
      if (seen.has(link.url)) continue;
      seen.add(link.url);
      const item = pageItem(link.url, link.title);
      items.push(item);
      if (!(await context.isKnown(itemKey(item)))) fresh++;
    }
    // Listings run newest first: a page with nothing new means the rest was read before.
    if (!page.next || seen.has(page.next) || read >= source.maxPages || fresh === 0) break;
    seen.add(page.next);
    const next = ok(await context.fetch(page.next, HTML_ACCEPT), page.next);
    page = findListingLinks(textOf(next), next.url, options);
  }
  return { items, sitemapMarks: [] };
}

async function sitemapItems(first: FetchResult, context: DiscoveryContext): Promise<Discovery> {
  const root = parseSitemap(textOf(first), first.url);
  if (root.kind === 'urlset') {
    return { items: newestFirst(root.entries).map((e) => pageItem(e.url, e.title, e.publishedAt, e.lastmod)), sitemapMarks: [] };
  }
  const entries: SitemapEntry[] = [];
  const sitemapMarks: SitemapMark[] = [];
  for (const child of newestFirst(root.entries).slice(0, MAX_CHILD_SITEMAPS)) {
    // A child whose lastmod is unchanged lists nothing new: not even fetched.
    if (child.lastmod && (await context.sitemapLastmod(child.url)) === child.lastmod) continue;
    const sitemap = parseSitemap(textOf(ok(await context.fetch(child.url, XML_ACCEPT), child.url)), child.url);
    // One level only: an index inside an index is not followed (a loop guard as much as a limit).
    if (sitemap.kind === 'urlset') entries.push(...sitemap.entries);
    if (child.lastmod) sitemapMarks.push({ url: child.url, lastmod: child.lastmod });
  }
  return { items: newestFirst(entries).map((e) => pageItem(e.url, e.title, e.publishedAt, e.lastmod)), sitemapMarks };
}

/** The items a source lists, from its first response (a 200). */
export async function discoverItems(source: SourceRecord, first: FetchResult, context: DiscoveryContext): Promise<Discovery> {
  switch (source.kind) {
    case 'listing':
      return listingItems(source, first, context);
    case 'sitemap':
      return sitemapItems(first, context);
    default:
      return { items: parseFeedItems(textOf(first)).items, sitemapMarks: [] };
  }
}
