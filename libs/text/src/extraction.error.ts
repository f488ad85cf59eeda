export const ExtractionErrorCode = {
  /** The content is blank once markup and whitespace are gone. */
  EMPTY: 'EXTRACT.EMPTY',
  /** No line or element could serve as a title. */
  NO_TITLE: 'EXTRACT.NO_TITLE',
  /** A title was found but nothing that reads like a release body. */
  NO_BODY: 'EXTRACT.NO_BODY',
  /** The caller's `timezone` is not an IANA zone: a configuration mistake, not bad content. */
  BAD_TIMEZONE: 'EXTRACT.BAD_TIMEZONE',
  /** `format` is neither 'text' nor 'html'. */
  BAD_FORMAT: 'EXTRACT.BAD_FORMAT',
  /** Not an RSS, Atom or RDF feed. */
  BAD_FEED: 'EXTRACT.BAD_FEED',
  /** Markup nested deeper than any real page (a parser-exhaustion attempt). */
  TOO_DEEP: 'EXTRACT.TOO_DEEP',
  /** XML with a DTD declaring entities (billion laughs, external entities): never expanded, refused. */
  XML_ENTITIES: 'EXTRACT.XML_ENTITIES',
  /** Not a sitemap (`<urlset>`) or sitemap index. */
  BAD_SITEMAP: 'EXTRACT.BAD_SITEMAP',
} as const;

export type ExtractionErrorCode = (typeof ExtractionErrorCode)[keyof typeof ExtractionErrorCode];

/**
 * The input holds no usable release. Retrying the same input gives the same
 * answer, so callers should dead-letter it rather than retry.
 */
export class ExtractionError extends Error {
  readonly retriable = false;

  constructor(
    readonly code: ExtractionErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ExtractionError';
  }
}

export const isExtractionError = (error: unknown): error is ExtractionError => error instanceof ExtractionError;
