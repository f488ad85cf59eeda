import { isDateline, parseDateline } from './date.finder.js';
import type { WallTime } from './wall-time.js';
import {
  BARE_URL,
  BREADCRUMB_SEPARATOR,
  CLOSING_PREFIX,
  CONTACT_LABEL,
  COPYRIGHT,
  ELLIPSIS_END,
  EMAIL_ADDRESS,
  FURNITURE_HEADINGS,
  NAVIGATION_WORDS,
  PHONE_NUMBER,
  POSTAL_CODE,
  SENTENCE_END,
  SPAM_PROTECTION_NOTICES,
  STREET_WORD,
  isCookieNotice,
  BACK_LINK,
  VIEW_COUNTER,
  AD_LABEL,
  isPictureCredit,
  COMMENT_FORM_NOTICE,
  TODAY_LABEL,
  RELEASE_LABEL,
} from './furniture.patterns.js';
import { normalizeWhitespace, splitLines } from './whitespace.util.js';
import { joinWrappedLines } from './wrapped-lines.join.js';

/** keep: body text. drop: furniture on its own. stop: furniture that opens a block running to the end. */
export type LineVerdict = 'keep' | 'drop' | 'stop';

const headingKey = (line: string): string =>
  line
    .toLowerCase()
    .replace(/^[\s•·*#>|–—-]+/u, '')
    .replace(/[\s:：.•»›>|–—-]+$/u, '')
    .trim();

const letterShare = (line: string): number => {
  const visible = line.replace(/\s/gu, '');
  if (visible.length === 0) return 0;
  return (visible.match(/\p{L}/gu)?.length ?? 0) / visible.length;
};

const endsSentence = (line: string): boolean => SENTENCE_END.test(line);

/** "Read also: <another release's title>" placed inside a body: the line goes, the body goes on. */
const isInlineCrossReference = (line: string): boolean => {
  const colon = line.search(/[:：]/u);
  return colon > 0 && line.length <= 300 && FURNITURE_HEADINGS.has(headingKey(line.slice(0, colon)));
};

const isContactLine = (line: string): boolean => {
  if (line.length > 200) return false;
  if (CONTACT_LABEL.test(line)) return true;
  const hasContact = PHONE_NUMBER.test(line) || EMAIL_ADDRESS.test(line);
  if (hasContact && (!endsSentence(line) || letterShare(line) < 0.5)) return true;
  return (
    line.length <= 100 &&
    !endsSentence(line) &&
    (POSTAL_CODE.test(line) || (STREET_WORD.test(line) && /[\d,]/u.test(line)))
  );
};

const isBreadcrumb = (line: string): boolean => {
  if (line.length > 200) return false;
  const parts = line.split(BREADCRUMB_SEPARATOR).filter((part) => part.trim() !== '');
  return parts.length >= 3 && parts.every((part) => part.length <= 40) && !endsSentence(line);
};

/** What one normalised line of a page is, judged on its own. */
export const classifyLine = (line: string, language?: string): LineVerdict => {
  const key = headingKey(line);
  if (key === '') return 'drop';
  if (FURNITURE_HEADINGS.has(key)) return 'stop';
  if (NAVIGATION_WORDS.has(key) || VIEW_COUNTER.test(line) || BACK_LINK.test(line)) return 'drop';
  if (line.length <= 200 && COPYRIGHT.test(line)) return 'stop';
  if (line.length <= 400 && COMMENT_FORM_NOTICE.test(line)) return 'stop';
  if (AD_LABEL.test(line) || isPictureCredit(line) || RELEASE_LABEL.test(line) || (line.length <= 80 && TODAY_LABEL.test(line))) return 'drop';
  if (line.length <= 400 && isCookieNotice(line)) return 'stop';
  if (line.length <= 150 && CLOSING_PREFIX.test(line)) return 'stop';
  if (isInlineCrossReference(line) || BARE_URL.test(line) || isContactLine(line)) return 'drop';
  if (letterShare(line) < 0.3 || isBreadcrumb(line)) return 'drop';
  if (isDateline(line, language)) return 'drop';
  return 'keep';
};

export const removeSpamProtectionNotices = (text: string): string =>
  SPAM_PROTECTION_NOTICES.reduce((result, notice) => result.replace(notice, ' '), text);

/** One normalised line; the empty string marks a break between blocks. */
export const normalizeLine = (line: string): string => normalizeWhitespace(removeSpamProtectionNotices(line));

const nextNonBlank = (lines: readonly string[], from: number): string | undefined => {
  for (let index = from; index < lines.length; index += 1) if (lines[index] !== '') return lines[index];
  return undefined;
};

// Teaser titles and snippets are cut to a line or two; a long paragraph ending in "…" is prose.
const MAX_TEASER_CHARS = 300;
const isCutShort = (line: string): boolean => line.length <= MAX_TEASER_CHARS && ELLIPSIS_END.test(line);

/** Teasers for other articles: a date then a title cut short with "...", or several cut titles in a row. */
const opensTeaserList = (lines: readonly string[], index: number, language?: string): boolean => {
  const line = lines[index]!;
  const next = nextNonBlank(lines, index + 1);
  if (next === undefined) return false;
  if (isDateline(line, language)) return isCutShort(next);
  return isCutShort(line) && (isCutShort(next) || isDateline(next, language));
};

// Address fragments left at the very end ("Shantipath, Chanakyapuri,") say nothing on their own;
// inside the body a short comma line can be a salutation, so only the tail is trimmed.
const isTrailingFragment = (line: string): boolean =>
  line.length <= 100 && !endsSentence(line) && (/[,;]$/u.test(line) || /\d/u.test(line));

export interface CleanParagraphsOptions {
  /** ISO 639-1 language of the text; only orders which date locales are tried first. */
  language?: string;
}

/**
 * Body paragraphs from lines of body text: whitespace normalised, e-mail cloaking notices removed,
 * furniture lines dropped, and everything from the first furniture block (popular/related articles,
 * teaser lists, share bars, tags, copyright, cookie notices) on cut off. Entries may hold several
 * lines; each non-blank line becomes a paragraph unless it merely continues a wrapped sentence.
 */
export const cleanParagraphs = (paragraphs: readonly string[], options: CleanParagraphsOptions = {}): string[] =>
  readBody(paragraphs, options).paragraphs;

export interface Body {
  paragraphs: string[];
  /** The dates of the lines that were only a date, inside the body (a quoted letter's, a second dateline). */
  datelines: WallTime[];
}

/** cleanParagraphs, also keeping the dates of the date lines it drops before the furniture starts. */
export const readBody = (paragraphs: readonly string[], options: CleanParagraphsOptions = {}): Body => {
  const lines = joinWrappedLines(paragraphs.flatMap((paragraph) => [...splitLines(paragraph).map(normalizeLine), '']));
  const kept: string[] = [];
  const datelines: WallTime[] = [];
  for (const [index, line] of lines.entries()) {
    if (line === '') continue;
    if (kept.length > 0 && opensTeaserList(lines, index, options.language)) break;
    const verdict = classifyLine(line, options.language);
    if (verdict === 'stop' && kept.length > 0) break;
    if (verdict === 'keep' && line !== kept.at(-1)) kept.push(line);
    const wallTime = verdict === 'drop' ? parseDateline(line, options.language) : undefined;
    if (wallTime) datelines.push(wallTime);
  }
  while (kept.length > 1 && isTrailingFragment(kept.at(-1)!)) kept.pop();
  return { paragraphs: kept, datelines };
};

/**
 * Lines of text with the furniture lines dropped one by one, nothing cut after a furniture block:
 * for an article another extractor already delimited, where a stray "Share" line inside it must
 * not end the body.
 */
export const dropFurnitureLines = (paragraphs: readonly string[], options: CleanParagraphsOptions = {}): string[] =>
  joinWrappedLines(paragraphs.flatMap((paragraph) => splitLines(paragraph).map(normalizeLine)))
    .filter((line, index, lines) => line !== '' && line !== lines[index - 1] && classifyLine(line, options.language) === 'keep');
