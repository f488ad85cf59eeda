/** Where the title came from: stated by the input, found in the text or markup, or derived from the text. */
export type TitleSource = 'given' | 'markup' | 'derived';

/**
 * Where publishedAt came from. Stated with the input: 'given' (a push's own field), 'feed' (an item's
 * pubDate), 'sitemap' (a news sitemap's publication date). Found in the content: 'markup' (meta,
 * JSON-LD, <time>), 'text' (a dateline or a date in the body). Fallbacks: 'http' (Last-Modified),
 * 'source' (what the source's metadata says), 'ingest' (the moment it was fetched or pushed).
 */
export type DateSource = 'given' | 'feed' | 'sitemap' | 'markup' | 'text' | 'http' | 'source' | 'ingest';

/** Where a date handed in with the input comes from; 'http' and 'source' only stand in for a missing one. */
export type HintDateSource = 'given' | 'feed' | 'sitemap' | 'http' | 'source';

export interface ExtractInput {
  /** The raw text or HTML. */
  content: string;
  /** `text` is scraped plain text: title, dateline, body lines, then page furniture. */
  format: 'text' | 'html';
  /** Where the content came from; resolves relative canonical links and is the fallback canonicalUrl. */
  url?: string;
  /** IANA zone of the source, e.g. 'Asia/Kolkata'. Without it dates stay page-local wall time. */
  timezone?: string;
  /** ISO 639-1 hint (a tag like 'en-GB' is accepted); when absent the language is detected. */
  language?: string;
  /** A title the input states (a push's `title`, a feed item's <title>): used as stated. */
  title?: string;
  /** A date the input states (ISO 8601 or a written date); see `dateSource`. */
  publishedAt?: string;
  /** Where `publishedAt` comes from (default 'given'): 'http' and 'source' yield to a date in the content. */
  dateSource?: HintDateSource;
  /**
   * When the content was fetched or pushed (ISO 8601 or Date): no later date is its publication date,
   * and it is the date of last resort (dateSource 'ingest'). Without it only dates after now are refused.
   */
  fetchedAt?: string | Date;
}

export interface ExtractedRelease {
  title: string;
  titleSource: TitleSource;
  /**
   * ISO 8601. Date-only datelines give 'YYYY-MM-DD'. With a time: local wall time as written
   * ('2017-09-07T17:44:00'), plus the offset when the page wrote one or a timezone was given.
   */
  publishedAt?: string;
  /** Set whenever publishedAt is. */
  dateSource?: DateSource;
  /** The body, one entry per paragraph, whitespace-normalised, boilerplate removed; never empty. */
  paragraphs: string[];
  /** ISO 639-1, or 'und' when it cannot be told. */
  language: string;
  canonicalUrl?: string;
}
