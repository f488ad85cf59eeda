import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { assertMarkupDepth } from './markup-depth.js';
import { parseDateline } from './date.finder.js';
import { paragraphsFromElement } from './dom-paragraphs.js';
import { ExtractionError, ExtractionErrorCode } from './extraction.error.js';
import { cleanParagraphs } from './furniture.filter.js';
import { readHtmlMetadata } from './html-metadata.read.js';
import { normalizeLanguageHint } from './language.detect.js';
import type { ReleaseDraft } from './release-draft.js';
import { canBeTitle } from './title.candidate.js';
import type { WallTime } from './wall-time.js';

// Readability's default (500 characters) rejects short statements, which ministries publish a lot.
const MIN_ARTICLE_CHARS = 100;
// Where a visible dateline can stand: right above or below the headline.
const DATELINE_WINDOW = 4;

// Page chrome, removed before Readability: on short pages it keeps whatever text there is, menus included.
// Photo captions go too: they describe the picture (often just the site's name), not the release.
const CHROME_ELEMENTS =
  'script, style, noscript, template, iframe, nav, footer, aside, figcaption, [role="navigation"], [role="banner"], [role="contentinfo"], [aria-hidden="true"]';
// Class and id words that mark widgets: "cookie-consent", "share-buttons", "related-articles", "site-footer".
const CHROME_NAME =
  /^(?:cookie|consent|gdpr|share|sharing|social|related|breadcrumbs?|menu|sidebar|footer|banner|popup|subscribe|tags)(?:[-_]|$)|[-_](?:cookies?|consent|share|sharing|social|related|breadcrumbs?|menu|sidebar|footer|banner|tags)$/iu;

const isChrome = (element: Element): boolean =>
  `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`
    .split(/\s+/u)
    .some((name) => CHROME_NAME.test(name));

const textLength = (node: Node | null | undefined): number => (node?.textContent ?? '').replace(/\s+/gu, '').length;

const stripChrome = (document: Document): Document => {
  document.querySelectorAll(CHROME_ELEMENTS).forEach((element) => element.remove());
  // Search boxes and comment forms go; an ASP.NET WebForms page wraps the whole page in one <form>.
  const pageText = textLength(document.body);
  document.querySelectorAll('form').forEach((form) => {
    if (textLength(form) * 2 < pageText) form.remove();
  });
  // The page header holds the logo and menu; a header inside the article holds its headline.
  document.querySelectorAll('header').forEach((element) => {
    if (!element.parentElement?.closest('article')) element.remove();
  });
  document.querySelectorAll('[class], [id]').forEach((element) => {
    if (isChrome(element)) element.remove();
  });
  return document;
};

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

/**
 * An HTML page: metadata first (title, canonical URL, machine-readable dates), then the main content
 * found by Readability, or the page minus its chrome when Readability finds none, cut into paragraphs
 * and put through the same furniture filter as scraped text.
 */
export const extractFromHtml = (html: string, url?: string, language?: string): ReleaseDraft | undefined => {
  assertMarkupDepth(html);
  const { document } = parseHTML(wrapAsDocument(html));
  const metadata = readHtmlMetadata(document, url);
  const dateLanguage = language ?? normalizeLanguageHint(metadata.declaredLanguage);
  const headlineDate = datelineNearHeadline(document, metadata.titles, dateLanguage);

  const content =
    readArticle(stripChrome(document)) ?? readWholePage(stripChrome(parseHTML(wrapAsDocument(html)).document));
  const raw = content ? paragraphsFromElement(content) : [];
  if (metadata.titles.length === 0 && raw.length === 0) {
    throw new ExtractionError(ExtractionErrorCode.EMPTY, 'The page has no visible text');
  }
  const title = metadata.titles[0] ?? headlineOfFragment(raw);
  if (!title) return undefined;

  // Readability keeps the headline and the dateline when they sit inside the article: drop both,
  // and take the dateline's date when the markup stated none. When it kept the headline, what
  // stands above it (a site name, a sidebar's headings, a kicker) is page, not release.
  const isTitle = (paragraph: string) => [title, ...metadata.titles].some((candidate) => sameText(candidate, paragraph));
  const headline = raw.findIndex(isTitle);
  let visibleDate: WallTime | undefined;
  const body = raw.filter((paragraph, index) => {
    const nearHeadline = headline >= 0 ? index > headline - DATELINE_WINDOW && index <= headline + DATELINE_WINDOW : index < DATELINE_WINDOW;
    if (nearHeadline && !visibleDate) {
      visibleDate = parseDateline(paragraph, dateLanguage);
      if (visibleDate) return false;
    }
    if (index < headline || isTitle(paragraph)) return false;
    return true;
  });

  return {
    title,
    paragraphs: cleanParagraphs(body, { language }),
    publishedAt: metadata.publishedAt ?? visibleDate ?? headlineDate,
    canonicalUrl: metadata.canonicalUrl,
    declaredLanguage: metadata.declaredLanguage,
  };
};
