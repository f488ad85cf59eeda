export { extractRelease } from './extract-release.js';
export type { DateSource, ExtractInput, ExtractedRelease, HintDateSource, TitleSource } from './extract-release.types.js';
export { ExtractionError, ExtractionErrorCode, isExtractionError } from './extraction.error.js';
export { cleanParagraphs, type CleanParagraphsOptions } from './furniture.filter.js';
export { paragraphsFromHtml } from './html-paragraphs.js';
export { mergeSecondOpinion } from './second-opinion.merge.js';
export { DEFAULT_EXTRACTOR_URL, SecondOpinionClient, type SecondOpinion, type SecondOpinionOptions } from './second-opinion.client.js';
export { detectLanguage, normalizeLanguageHint, UNDETERMINED_LANGUAGE } from './language.detect.js';
export { normalizeForHash, releaseHashText } from './normalize-for-hash.js';
export { parsePublishedAt, type ParsePublishedAtOptions } from './parse-published-at.js';
export { decodeBytes, type DecodedText, type DecodeOptions } from './charset.decode.js';
export { parseFeedItems, type FeedItem, type ParsedFeed } from './feed.parse.js';
export { parseSitemap, type ParsedSitemap, type SitemapEntry } from './sitemap.parse.js';
export { findListingLinks, isValidCssSelector, type ListingLink, type ListingOptions, type ListingPage } from './listing-links.find.js';
export {
  blockFingerprint,
  DEFAULT_TEMPLATE_THRESHOLDS,
  SourceTemplate,
  type BlockCount,
  type LearnedDocument,
  type SourceTemplateState,
  type TemplateThresholds,
} from './source-template.js';
