export { extractRelease } from './extract-release.js';
export type { ExtractInput, ExtractedRelease } from './extract-release.types.js';
export { ExtractionError, ExtractionErrorCode, isExtractionError } from './extraction.error.js';
export { cleanParagraphs, type CleanParagraphsOptions } from './furniture.filter.js';
export { paragraphsFromHtml } from './html-paragraphs.js';
export { detectLanguage, normalizeLanguageHint, UNDETERMINED_LANGUAGE } from './language.detect.js';
export { normalizeForHash, releaseHashText } from './normalize-for-hash.js';
export { parsePublishedAt, type ParsePublishedAtOptions } from './parse-published-at.js';
