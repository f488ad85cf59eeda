import { XMLParser } from 'fast-xml-parser';
import { ExtractionError, ExtractionErrorCode } from './extraction.error.js';

export interface SitemapEntry {
  /** Absolute URL (`<loc>`). */
  url: string;
  /** `<lastmod>` as written (W3C datetime), when given. */
  lastmod?: string;
  /** Google News sitemap: `<news:publication_date>`. */
  publishedAt?: string;
  /** Google News sitemap: `<news:title>`. */
  title?: string;
}

export interface ParsedSitemap {
  /** `urlset`: pages; `sitemapindex`: further sitemaps to read. */
  kind: 'urlset' | 'sitemapindex';
  entries: SitemapEntry[];
}

// Entity processing off: a DTD cannot expand anything ("billion laughs"); the five predefined
// entities and character references are decoded by hand below.
const parser = new XMLParser({
  ignoreAttributes: true,
  processEntities: false,
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => name === 'url' || name === 'sitemap',
});

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const decodeXmlText = (text: string): string =>
  text.replace(/&(#x[\da-f]+|#\d+|amp|lt|gt|quot|apos);/giu, (whole, name: string) => {
    if (name[0] !== '#') return PREDEFINED[name.toLowerCase()] ?? whole;
    const code = name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });

type Node = Record<string, unknown>;
const textOf = (value: unknown): string | undefined => {
  if (typeof value === 'string') return decodeXmlText(value.replace(/^<!\[CDATA\[|\]\]>$/gu, '')).trim() || undefined;
  if (typeof value === 'number') return String(value);
  if (value && typeof value === 'object' && '#text' in value) return textOf((value as Node)['#text']);
  return undefined;
};

const absoluteHttpUrl = (text: string | undefined, base: string | undefined): string | undefined => {
  if (!text) return undefined;
  try {
    const url = new URL(text, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
};

/**
 * A sitemap (`<urlset>`) or sitemap index (`<sitemapindex>`), with the Google News extension
 * (`<news:news>` publication date and title). Entries without a usable http(s) `<loc>` are skipped;
 * anything that is neither kind throws `EXTRACT.BAD_SITEMAP`.
 */
export function parseSitemap(xml: string, baseUrl?: string, maxEntries = 50_000): ParsedSitemap {
  let document: Node;
  try {
    document = parser.parse(xml) as Node;
  } catch (error) {
    throw new ExtractionError(ExtractionErrorCode.BAD_SITEMAP, `not a sitemap: ${(error as Error).message}`);
  }
  const urlset = document['urlset'] as Node | undefined;
  const index = document['sitemapindex'] as Node | undefined;
  if (urlset && typeof urlset === 'object') {
    const entries: SitemapEntry[] = [];
    for (const item of ((urlset['url'] ?? []) as Node[]).slice(0, maxEntries)) {
      const url = absoluteHttpUrl(textOf(item?.['loc']), baseUrl);
      if (!url) continue;
      const news = item['news'] as Node | undefined;
      const entry: SitemapEntry = { url };
      const lastmod = textOf(item['lastmod']);
      const publishedAt = news && textOf(news['publication_date']);
      const title = news && textOf(news['title']);
      if (lastmod) entry.lastmod = lastmod;
      if (publishedAt) entry.publishedAt = publishedAt;
      if (title) entry.title = title;
      entries.push(entry);
    }
    return { kind: 'urlset', entries };
  }
  if (index && typeof index === 'object') {
    const entries: SitemapEntry[] = [];
    for (const item of ((index['sitemap'] ?? []) as Node[]).slice(0, maxEntries)) {
      const url = absoluteHttpUrl(textOf(item?.['loc']), baseUrl);
      if (!url) continue;
      const lastmod = textOf(item['lastmod']);
      entries.push(lastmod ? { url, lastmod } : { url });
    }
    return { kind: 'sitemapindex', entries };
  }
  throw new ExtractionError(ExtractionErrorCode.BAD_SITEMAP, 'not a sitemap: no <urlset> or <sitemapindex> root');
}
