import { findDates } from './date.finder.js';
import { ExtractionError, ExtractionErrorCode } from './extraction.error.js';
import type { ExtractInput, ExtractedRelease } from './extract-release.types.js';
import { extractFromHtml } from './html.extractor.js';
import { UNDETERMINED_LANGUAGE, detectLanguage, normalizeLanguageHint } from './language.detect.js';
import { extractFromPlainText } from './plain-text.extractor.js';
import { assertTimezone, formatPublishedAt } from './published-at.format.js';
import type { ReleaseDraft } from './release-draft.js';

const canonicalFromUrl = (url: string | undefined): string | undefined => {
  if (!url) return undefined;
  try {
    return new URL(url).href;
  } catch {
    return undefined; // a malformed source address is no canonical URL
  }
};

const draftOf = (input: ExtractInput, language: string | undefined): ReleaseDraft | undefined => {
  switch (input.format) {
    case 'text':
      return extractFromPlainText(input.content, language);
    case 'html':
      return extractFromHtml(input.content, input.url, language);
    default:
      throw new ExtractionError(ExtractionErrorCode.BAD_FORMAT, `Unknown format: ${String(input.format)}`);
  }
};

// <html lang> is often a template default, so it only breaks a tie that detection could not settle.
const detectReleaseLanguage = (draft: ReleaseDraft): string => {
  const detected = detectLanguage([draft.title, ...draft.paragraphs].join('\n'));
  if (detected !== UNDETERMINED_LANGUAGE) return detected;
  return normalizeLanguageHint(draft.declaredLanguage) ?? UNDETERMINED_LANGUAGE;
};

/**
 * One press release from a scraped page. Deterministic: the same input always gives the same output.
 * Throws ExtractionError when the input holds no usable release (codes in ExtractionErrorCode).
 */
export const extractRelease = (input: ExtractInput): ExtractedRelease => {
  assertTimezone(input.timezone);
  if (!/[\p{L}\p{N}]/u.test(input.content ?? '')) {
    throw new ExtractionError(ExtractionErrorCode.EMPTY, 'The content has no text');
  }
  const hint = normalizeLanguageHint(input.language);
  const draft = draftOf(input, hint);
  if (!draft) throw new ExtractionError(ExtractionErrorCode.NO_TITLE, 'No line of the content can serve as a title');
  if (draft.paragraphs.length === 0) {
    throw new ExtractionError(ExtractionErrorCode.NO_BODY, `"${draft.title}" has no body text`);
  }

  const language = hint ?? detectReleaseLanguage(draft);

  // No dateline: the first full date in the body is the best remaining guess (furniture is gone by now).
  const wallTime = draft.publishedAt ?? findDates(draft.paragraphs.join('\n'), language)[0]?.wallTime;
  const canonicalUrl = draft.canonicalUrl ?? canonicalFromUrl(input.url);

  return {
    title: draft.title,
    ...(wallTime && { publishedAt: formatPublishedAt(wallTime, input.timezone) }),
    paragraphs: draft.paragraphs,
    language,
    ...(canonicalUrl && { canonicalUrl }),
  };
};
