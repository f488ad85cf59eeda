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
}

export interface ExtractedRelease {
  title: string;
  /**
   * ISO 8601. Date-only datelines give 'YYYY-MM-DD'. With a time: local wall time as written
   * ('2017-09-07T17:44:00'), plus the offset when the page wrote one or a timezone was given.
   */
  publishedAt?: string;
  /** The body, one entry per paragraph, whitespace-normalised, boilerplate removed. */
  paragraphs: string[];
  /** ISO 639-1, or 'und' when it cannot be told. */
  language: string;
  canonicalUrl?: string;
}
