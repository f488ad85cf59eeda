import { findDates } from './date.finder.js';
import { parseIsoDate } from './iso-date.parse.js';
import { jsonLdString } from './json-ld.read.js';
import { cleanTitle } from './title.clean.js';
import type { WallTime } from './wall-time.js';
import { normalizeWhitespace } from './whitespace.util.js';

export interface HtmlMetadata {
  /** Title candidates, best first, site names stripped. */
  titles: string[];
  canonicalUrl?: string;
  /** A date the markup states for publication (meta, JSON-LD, <time> in the article). */
  publishedAt?: WallTime;
  declaredLanguage?: string;
  /** The article's text as its JSON-LD states it (schema.org articleBody), plain text or HTML. */
  articleBody?: string;
}

const metaContent = (document: Document, ...keys: string[]): string | undefined => {
  for (const key of keys) {
    const element = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const content = element?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return undefined;
};

const resolveUrl = (href: string | null | undefined, base: string | undefined): string | undefined => {
  const trimmed = href?.trim();
  if (!trimmed) return undefined;
  try {
    return new URL(trimmed, base).href;
  } catch {
    return undefined; // relative without a base, or malformed: not a usable canonical address
  }
};

const parseMachineDate = (text: string | undefined, language?: string): WallTime | undefined =>
  text ? (parseIsoDate(text) ?? findDates(text, language)[0]?.wallTime) : undefined;

// Header and footer widgets show today's date; only a <time> outside them can be the release's.
const articleTime = (document: Document, language?: string): WallTime | undefined => {
  for (const time of document.querySelectorAll('time')) {
    const inPageHeader = time.closest('header') !== null && time.closest('article') === null;
    if (inPageHeader || time.closest('nav, footer, aside')) continue;
    const wallTime = parseMachineDate(time.getAttribute('datetime') ?? time.textContent ?? undefined, language);
    if (wallTime) return wallTime;
  }
  return undefined;
};

/** Read before Readability runs: it rewrites the document. */
export const readHtmlMetadata = (document: Document, url?: string): HtmlMetadata => {
  const siteName = metaContent(document, 'og:site_name');
  const rawTitles = [
    metaContent(document, 'og:title', 'twitter:title'),
    document.querySelector('h1')?.textContent,
    document.querySelector('title')?.textContent,
  ];
  const titles = rawTitles
    .map((raw, index) => (raw ? cleanTitle(raw, siteName, { colon: index === 2 }) : ''))
    .filter((title) => title !== '' && title !== normalizeWhitespace(siteName ?? ''));

  const canonicalUrl =
    resolveUrl(document.querySelector('link[rel~="canonical"]')?.getAttribute('href'), url) ??
    resolveUrl(metaContent(document, 'og:url'), url);

  const declaredLanguage = document.documentElement?.getAttribute('lang') ?? undefined;
  const publishedAt =
    parseMachineDate(metaContent(document, 'article:published_time', 'datePublished'), declaredLanguage) ??
    parseMachineDate(jsonLdString(document, 'datePublished'), declaredLanguage) ??
    articleTime(document, declaredLanguage) ??
    parseMachineDate(
      metaContent(document, 'date', 'dc.date', 'dc.date.issued', 'DC.date.issued', 'dcterms.created', 'pubdate', 'PubDate', 'publishdate', 'publish_date', 'og:published_time', 'article:published'),
    );

  const articleBody = jsonLdString(document, 'articleBody');
  return { titles, canonicalUrl, publishedAt, declaredLanguage, ...(articleBody && { articleBody }) };
};
