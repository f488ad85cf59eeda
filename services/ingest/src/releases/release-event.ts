import type { ReleaseIngestedV1 } from '@demarche/contracts';
import { ExtractionError, extractRelease, mergeSecondOpinion, normalizeForHash, type ExtractInput } from '@demarche/text';
import type { IngestEnv } from '../config/env.js';
import { UnprocessableReleaseError } from './release.errors.js';
import { contentHash, releaseId } from './release-id.js';
import { textContent } from './text-content.js';

export interface IngestInput extends ExtractInput {
  sourceId?: string;
  contentType: string;
  /** Stated by the publisher (a push's field; `dateSource` says which kind): wins over a dateline in the text. */
  publishedAt?: string;
  /** The bytes as received, when they differ from `content` (e.g. a legacy charset); kept in the ledger. */
  rawBytes?: Buffer;
  /** Stands in when the content holds no date of its own (Last-Modified, the source's metadata: `dateSource`). */
  publishedAtFallback?: string;
  /** Publisher details from the sources registry, carried on the event. */
  sourceName?: string;
  sourceCountry?: string;
  /** A registered source (feed, listing, sitemap): its template is learnt and stripped (TEMPLATE_LEARNING). */
  registeredSource?: boolean;
}

export interface EventDefaults {
  /** The source of an input that names none (DEFAULT_SOURCE). */
  source: string;
  /** The zone of an input that states none (DEFAULT_TIMEZONE); empty for none. */
  timezone?: string;
  now?: Date;
}

/** Hint kinds whose stated date, when the extractor took it, is kept exactly as the input wrote it. */
const STATED_DATE_SOURCES = ['given', 'feed', 'sitemap', 'http', 'source'];

/**
 * Where a release is decided: the event an input becomes — its title (as stated, or found by
 * libs/text's title rules), paragraphs, publication date, language, content hash and id. No I/O;
 * a content no release can be made of is an UnprocessableReleaseError. `secondOpinion`, the
 * extractor server's paragraphs for an HTML page, is merged with ours (mergeSecondOpinion).
 */
export function toReleaseEvent(input: IngestInput, defaults: EventDefaults, secondOpinion?: readonly string[]): ReleaseIngestedV1 {
  const now = defaults.now ?? new Date();
  const hintDate = input.publishedAt ?? input.publishedAtFallback;
  const extracted = extract({
    content: textContent(input.content),
    format: input.format,
    url: input.url,
    language: input.language,
    timezone: input.timezone || defaults.timezone || undefined,
    title: input.title === undefined ? undefined : textContent(input.title),
    publishedAt: hintDate,
    dateSource: input.publishedAt ? (input.dateSource ?? 'given') : (input.dateSource ?? 'source'),
    fetchedAt: input.fetchedAt ?? now,
  });
  const sourceId = input.sourceId ?? defaults.source;
  const paragraphs = secondOpinion && input.format === 'html' ? mergeSecondOpinion(extracted.paragraphs, secondOpinion) : extracted.paragraphs;
  const title = normalizeForHash(extracted.title);
  const hash = contentHash(title, paragraphs.map(normalizeForHash));
  const url = extracted.canonicalUrl ?? input.url;
  // The id of a release without a URL comes from our own extraction alone, so whether the extractor
  // server answered never makes two releases of one page: its answer is a new revision of the same.
  const ownHash = paragraphs === extracted.paragraphs ? hash : contentHash(title, extracted.paragraphs.map(normalizeForHash));
  const event: ReleaseIngestedV1 = {
    id: releaseId(sourceId, url, ownHash),
    revision: now.getTime(),
    source: { id: sourceId },
    title: extracted.title,
    paragraphs,
    language: extracted.language,
    ingestedAt: now.toISOString(),
    contentHash: hash,
  };
  if (input.sourceName) event.source.name = input.sourceName;
  if (input.sourceCountry) event.source.country = input.sourceCountry;
  if (url) event.url = url;
  const stated = hintDate !== undefined && extracted.dateSource !== undefined && STATED_DATE_SOURCES.includes(extracted.dateSource);
  const publishedAt = stated ? hintDate : extracted.publishedAt;
  if (publishedAt) event.publishedAt = publishedAt;
  event.titleSource = extracted.titleSource;
  if (extracted.dateSource) event.dateSource = extracted.dateSource;
  return event;
}

function extract(input: ExtractInput) {
  try {
    return extractRelease(input);
  } catch (error) {
    if (error instanceof ExtractionError) throw new UnprocessableReleaseError(error.code, error.message, { cause: error });
    // Hostile markup (broken surrogates and the like) can break the parsers: that is bad input,
    // not a server fault.
    throw new UnprocessableReleaseError('EXTRACT.UNPARSABLE', `the content could not be parsed: ${(error as Error).message}`, { cause: error });
  }
}

/** Whether the source's template is learnt from this input and stripped from it (TEMPLATE_LEARNING). */
export const learnsTemplate = (mode: IngestEnv['TEMPLATE_LEARNING'], input: Pick<IngestInput, 'registeredSource'>): boolean =>
  mode === 'all' || (mode === 'registered' && input.registeredSource === true);

export type IngestOutcome = Pick<ReleaseIngestedV1, 'id' | 'title' | 'publishedAt' | 'language'> & {
  status: 'accepted' | 'updated' | 'duplicate';
  clusterId?: string;
};

export const ingestOutcome = (event: ReleaseIngestedV1, status: IngestOutcome['status']): IngestOutcome => ({
  id: event.id,
  status,
  title: event.title,
  publishedAt: event.publishedAt,
  language: event.language,
  clusterId: event.nearDuplicateClusterId,
});
