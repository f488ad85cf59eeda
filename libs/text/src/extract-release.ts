import { findDates } from './date.finder.js';
import { ExtractionError, ExtractionErrorCode } from './extraction.error.js';
import type { ExtractInput, ExtractedRelease } from './extract-release.types.js';
import { extractFromHtml } from './html.extractor.js';
import { UNDETERMINED_LANGUAGE, detectLanguage, normalizeLanguageHint } from './language.detect.js';
import { extractFromPlainText } from './plain-text.extractor.js';
import { choosePublicationDate, wallTimeOf, type DatedCandidate } from './publication-date.choose.js';
import { assertTimezone, formatPublishedAt } from './published-at.format.js';
import type { ReleaseDraft } from './release-draft.js';
import type { WallTime } from './wall-time.js';
import { normalizeWhitespace } from './whitespace.util.js';

const canonicalFromUrl = (url: string | undefined): string | undefined => {
  if (!url) return undefined;
  try {
    return new URL(url).href;
  } catch {
    return undefined; // a malformed source address is no canonical URL
  }
};

const startsWithTitle = (content: string, title: string): boolean =>
  normalizeWhitespace(content.slice(0, title.length * 2 + 20)).toLowerCase().startsWith(title.toLowerCase());

const draftOf = (input: ExtractInput, language: string | undefined, title: string | undefined): ReleaseDraft => {
  switch (input.format) {
    case 'text': {
      // A stated title stands above the body, so the body's first line is not taken for one.
      const above = Boolean(title) && !startsWithTitle(input.content, title!);
      return extractFromPlainText(above ? `${title}\n\n${input.content}` : input.content, language, above);
    }
    case 'html':
      return extractFromHtml(input.content, input.url, language, title);
    default:
      throw new ExtractionError(ExtractionErrorCode.BAD_FORMAT, `Unknown format: ${String(input.format)}`);
  }
};

// <html lang> is often a template default, so it only breaks a tie that detection could not settle.
const detectReleaseLanguage = (title: string, draft: ReleaseDraft): string => {
  const detected = detectLanguage([title, ...draft.paragraphs].join('\n'));
  if (detected !== UNDETERMINED_LANGUAGE) return detected;
  return normalizeLanguageHint(draft.declaredLanguage) ?? UNDETERMINED_LANGUAGE;
};

/**
 * A date standing alone on a line first (a letter's or a later dateline: "April 30, 2007"), then the
 * full dates the sentences mention in order: a sentence mostly names an earlier or coming event.
 */
const bodyDates = (draft: ReleaseDraft, paragraphs: readonly string[], language: string): WallTime[] => [
  ...(draft.bodyDatelines ?? []),
  ...findDates(paragraphs.join('\n'), language).map(({ wallTime }) => wallTime),
];

const statedTitle = (title: string | undefined): string | undefined => {
  const clean = normalizeWhitespace(title ?? '');
  return /[\p{L}\p{N}]/u.test(clean) ? clean : undefined;
};

/**
 * One press release from a scraped page. Deterministic for a given input (and, without `fetchedAt`,
 * day). Every content with words gives a release: without a title line the title is derived from the
 * text (titleSource 'derived'). Throws ExtractionError only for content without words or with nothing
 * but page furniture, and for a bad timezone or format.
 */
export const extractRelease = (input: ExtractInput): ExtractedRelease => {
  assertTimezone(input.timezone);
  if (!/[\p{L}\p{N}]/u.test(input.content ?? '')) {
    throw new ExtractionError(ExtractionErrorCode.EMPTY, 'The content has no text');
  }
  const hint = normalizeLanguageHint(input.language);
  const givenTitle = statedTitle(input.title);
  const draft = draftOf(input, hint, givenTitle);
  const title = givenTitle ?? draft.title;
  if (!title) throw new ExtractionError(ExtractionErrorCode.NO_BODY, 'The content holds nothing but page furniture');
  const paragraphs = draft.paragraphs.length > 0 ? draft.paragraphs : [title];
  const language = hint ?? detectReleaseLanguage(title, draft);

  const fetchedAt = input.fetchedAt === undefined ? undefined : new Date(input.fetchedAt);
  const found: DatedCandidate[] = [
    ...(draft.publishedAt ? [{ wallTime: draft.publishedAt, source: draft.dateSource ?? 'text' }] : []),
    // No dateline: the body's remaining guesses (furniture is gone by now).
    ...bodyDates(draft, paragraphs, language).map((wallTime) => ({ wallTime, source: 'text' as const })),
  ];
  const chosen = choosePublicationDate({
    hint: input.publishedAt ? wallTimeOf(input.publishedAt, language) : undefined,
    hintSource: input.dateSource ?? 'given',
    found,
    fetchedAt: fetchedAt && !Number.isNaN(fetchedAt.getTime()) ? fetchedAt : new Date(),
  });
  const publishedAt = chosen
    ? { publishedAt: formatPublishedAt(chosen.wallTime, input.timezone), dateSource: chosen.source }
    : fetchedAt && !Number.isNaN(fetchedAt.getTime()) && { publishedAt: fetchedAt.toISOString(), dateSource: 'ingest' as const };
  const canonicalUrl = draft.canonicalUrl ?? canonicalFromUrl(input.url);

  return {
    title,
    titleSource: givenTitle ? 'given' : (draft.titleSource ?? 'markup'),
    ...publishedAt,
    paragraphs,
    language,
    ...(canonicalUrl && { canonicalUrl }),
  };
};
