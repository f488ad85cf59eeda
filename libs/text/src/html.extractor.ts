import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { flattenDeepMarkup } from './markup-depth.js';
import { parseDateline } from './date.finder.js';
import { paragraphsFromElement } from './dom-paragraphs.js';
import { ExtractionError, ExtractionErrorCode } from './extraction.error.js';
import { cleanParagraphs, dropFurnitureLines } from './furniture.filter.js';
import { stripChrome, stripChromeInside } from './html-chrome.js';
import { SENTENCE_END } from './furniture.patterns.js';
import { readHtmlMetadata } from './html-metadata.read.js';
import { paragraphsFromHtml } from './html-paragraphs.js';
import { normalizeLanguageHint } from './language.detect.js';
import type { ReleaseDraft } from './release-draft.js';
import { canBeTitle } from './title.candidate.js';
import { firstSentenceTitle } from './title.derive.js';
import type { WallTime } from './wall-time.js';

// Readability's default (500 characters) rejects short statements, which ministries publish a lot.
const MIN_ARTICLE_CHARS = 100;
// Where a visible dateline can stand: right above or below the headline.
const DATELINE_WINDOW = 4;

const readArticle = (document: Document): Node | undefined => {
  const article = new Readability<Node>(document, {
    charThreshold: MIN_ARTICLE_CHARS,
    serializer: (node) => node,
  }).parse();
  return article?.content ?? undefined;
};

const readWholePage = (document: Document): Node | undefined =>
  document.querySelector('article, main, [role="main"]') ?? document.body ?? undefined;

const sameText = (a: string, b: string): boolean => a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;

/** A dateline printed next to the headline, read from the whole page before Readability trims it. */
const datelineNearHeadline = (document: Document, titles: readonly string[], language?: string): WallTime | undefined => {
  if (!document.body) return undefined;
  const blocks = paragraphsFromElement(document.body);
  const headline = blocks.findIndex((block) => titles.some((title) => sameText(title, block)));
  if (headline < 0) return undefined;
  for (const block of blocks.slice(Math.max(0, headline - DATELINE_WINDOW), headline + DATELINE_WINDOW + 1)) {
    const wallTime = parseDateline(block, language);
    if (wallTime) return wallTime;
  }
  return undefined;
};

/** A fragment with no <title> or <h1> (a pushed body) may still open with a headline line. */
const headlineOfFragment = (paragraphs: readonly string[]): string | undefined => {
  const [first] = paragraphs;
  return first && paragraphs.length > 1 && canBeTitle(first) && !/[.;,]$/u.test(first) ? first : undefined;
};

const wrapAsDocument = (html: string): string =>
  /<(?:html|body)[\s>]/iu.test(html) ? html : `<html><body>${html}</body></html>`;

const charsOf = (paragraphs: readonly string[]): number => paragraphs.reduce((sum, p) => sum + p.length, 0);

/** Plain Readability on an untouched copy of the page, as Firefox's Reader View would show it. */
const readPlainArticle = (html: string): string[] => {
  const { document } = parseHTML(html);
  const article = new Readability<Node>(document, { serializer: (node) => node }).parse();
  return article?.content ? paragraphsFromElement(stripChromeInside(article.content)) : [];
};

// Our reading holding less than this share of plain Readability's (its furniture lines dropped) has
// lost the article (measured on real pages: falling back only when nothing is left, F1 0.863; below
// 0.6 of plain Readability's, 0.878; below 0.8 of it with its furniture lines dropped, 0.891) —
// unless the difference is a menu's worth of words.
const FALLBACK_SHARE = 0.8;
const MIN_FALLBACK_GAIN_CHARS = 40;

// A page that renders its article by script may hold it only in its JSON-LD articleBody: taken when
// our reading has less than this share of it. Not more: an articleBody is sometimes an older
// version or another article of the same site (measured on real pages: at 0.5, one page in three
// that the rule changed got worse).
const STATED_ARTICLE_SHARE = 0.4;
const MIN_STATED_ARTICLE_CHARS = 300;

/** The JSON-LD articleBody as paragraphs: plain text with line breaks, or HTML. */
const statedArticle = (articleBody: string | undefined, language?: string): string[] =>
  articleBody ? dropFurnitureLines(paragraphsFromHtml(articleBody.replace(/\n/gu, '<br>')), { language }) : [];

// A lead (standfirst) is a sentence or two of prose; shorter lines there are bylines and captions.
const MIN_LEAD_CHARS = 80;

/**
 * The lead printed between the headline and the article's first paragraph, which Readability often
 * leaves out with the article header it stands in.
 */
const leadsBelowHeadline = (page: readonly string[], isTitle: (block: string) => boolean, article: readonly string[]): string[] => {
  const headline = page.findIndex(isTitle);
  if (headline < 0 || article.length === 0) return [];
  const between = page.slice(headline + 1, headline + 1 + DATELINE_WINDOW);
  const start = between.indexOf(article[0]!);
  if (start < 0) return [];
  const kept = new Set(article);
  return between.slice(0, start).filter((block) => block.length >= MIN_LEAD_CHARS && SENTENCE_END.test(block) && !kept.has(block));
};

/**
 * An HTML page: metadata first (title, canonical URL, machine-readable dates), then the main content
 * found by Readability, or the page minus its chrome when Readability finds none, cut into paragraphs
 * and put through the same furniture filter as scraped text. Where that leaves (nearly) nothing of
 * what plain Readability reads, its reading is taken instead, then the page's whole text: a page with
 * words always gives a body.
 */
export const extractFromHtml = (page: string, url?: string, language?: string, givenTitle?: string): ReleaseDraft => {
  const html = wrapAsDocument(flattenDeepMarkup(page));
  const { document } = parseHTML(html);
  const metadata = readHtmlMetadata(document, url);
  const dateLanguage = language ?? normalizeLanguageHint(metadata.declaredLanguage);
  const headlineDate = datelineNearHeadline(document, metadata.titles, dateLanguage);
  const wholePage = document.body ? paragraphsFromElement(document.body) : [];

  const content = readArticle(stripChrome(document)) ?? readWholePage(stripChrome(parseHTML(html).document));
  const raw = content ? paragraphsFromElement(content) : [];
  if (metadata.titles.length === 0 && raw.length === 0 && wholePage.length === 0) {
    throw new ExtractionError(ExtractionErrorCode.EMPTY, 'The page has no visible text');
  }
  if (givenTitle) metadata.titles.unshift(givenTitle);
  const title = metadata.titles[0] ?? headlineOfFragment(raw);

  // Readability keeps the headline and the dateline when they sit inside the article: drop both,
  // and take the dateline's date when the markup stated none. When it kept the headline, what
  // stands above it (a site name, a sidebar's headings, a kicker) is page, not release.
  const isTitle = (paragraph: string) =>
    [...(title ? [title] : []), ...metadata.titles].some((candidate) => sameText(candidate, paragraph));
  const withoutHeadline = (paragraphs: readonly string[]): string[] => {
    const headline = paragraphs.findIndex(isTitle);
    return paragraphs.filter((paragraph, index) => {
      const nearHeadline = headline >= 0 ? index > headline - DATELINE_WINDOW && index <= headline + DATELINE_WINDOW : index < DATELINE_WINDOW;
      if (nearHeadline && !visibleDate) {
        visibleDate = parseDateline(paragraph, dateLanguage);
        if (visibleDate) return false;
      }
      return index >= headline && !isTitle(paragraph);
    });
  };
  let visibleDate: WallTime | undefined;
  let paragraphs = cleanParagraphs(withoutHeadline(raw), { language });
  // Readability's own article: only the headline itself leaves it (what stands above it may be the lead).
  const plain = readPlainArticle(html).filter((paragraph) => !isTitle(paragraph));
  const plainKept = dropFurnitureLines(plain, { language });
  const lost = charsOf(paragraphs) < FALLBACK_SHARE * charsOf(plainKept) && charsOf(plainKept) - charsOf(paragraphs) > MIN_FALLBACK_GAIN_CHARS;
  if (paragraphs.length === 0 || lost) {
    const fallback = [plainKept, plain, withoutHeadline(wholePage)].find(
      (candidate) => charsOf(candidate) > charsOf(paragraphs),
    );
    if (fallback) paragraphs = fallback;
  }

  const stated = statedArticle(metadata.articleBody, language);
  if (charsOf(stated) >= MIN_STATED_ARTICLE_CHARS && charsOf(paragraphs) < STATED_ARTICLE_SHARE * charsOf(stated)) {
    paragraphs = stated;
  }

  paragraphs = [...leadsBelowHeadline(wholePage, isTitle, paragraphs), ...paragraphs];

  const derived = !title && paragraphs[0] ? firstSentenceTitle(paragraphs[0]) : undefined;
  return {
    ...(title ? { title, titleSource: 'markup' as const } : derived && { title: derived, titleSource: 'derived' as const }),
    paragraphs,
    publishedAt: metadata.publishedAt ?? visibleDate ?? headlineDate,
    ...(metadata.publishedAt ? { dateSource: 'markup' as const } : (visibleDate ?? headlineDate) && { dateSource: 'text' as const }),
    canonicalUrl: metadata.canonicalUrl,
    declaredLanguage: metadata.declaredLanguage,
  };
};
