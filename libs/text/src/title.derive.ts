import { findDates } from './date.finder.js';
import { RELEASE_LABEL_AT_START } from './furniture.patterns.js';
import type { WallTime } from './wall-time.js';

// A derived title is a headline's length: a first sentence longer than this is cut at a word.
const MAX_DERIVED_CHARS = 150;
// A run-in headline has a few words before its dateline; fewer is a label ("Contact", "Press release").
const MIN_RUN_IN_WORDS = 3;
const MAX_RUN_IN_CHARS = 300;

// A wire-style place dateline: "WASHINGTON, D.C. --", "HONOLULU –", "Washington, D.C.—", "(Boise) -".
const PLACE_DATELINE =
  /(?:^|\s)\(?(?:[A-Z][A-Z.'’]*(?:[ ,]+[A-Z][A-Z.'’]*){0,3}|Washington(?:,? D\.? ?C\.?)?)\)?,?(?:\s+[A-Z][a-z]{2,3}\.?(?:\s+\d{1,2})?,?\s*\d{0,4})?\s*(?:--|[-–—]|\u00e2)\s/u;

// The same at the start of a lead, where no headline stands before it.
const PLACE_DATELINE_AT_START = /^\s*\(?\p{Lu}[\p{L}.'’]*(?:[ ,]+\p{Lu}[\p{L}.'’]*){0,3}\)?\s*(?:--|[-–—]{1,2}|\u00e2)\s+/u;

export interface RunIn {
  title: string;
  /** What follows the title, the dateline's place kept and its date removed. */
  rest: string;
  /** The date written at the split, when the split was at a date. */
  wallTime?: WallTime;
}

const wordCount = (text: string): number => text.split(/\s+/u).filter(Boolean).length;
const trimTitle = (text: string): string => text.replace(/[\s,;:|–—-]+$/u, '').trim();
const usable = (title: string): boolean =>
  wordCount(title) >= MIN_RUN_IN_WORDS && title.length <= MAX_RUN_IN_CHARS && /\p{L}/u.test(title) && !/[.!?]$/u.test(title);

/**
 * A headline run into its dateline on one line: "Akaka Welcomes Funding WASHINGTON, D.C. -- Senator …"
 * or "Alexander Applauds Grant February 9th 2005 WASHINGTON …". Split off at the dateline (a written
 * date or a wire-style place), when what stands before it reads as a headline.
 */
export const splitRunInTitle = (line: string, language?: string): RunIn | undefined => {
  const [date] = findDates(line.slice(0, MAX_RUN_IN_CHARS + 40), language);
  const place = PLACE_DATELINE.exec(line.slice(0, MAX_RUN_IN_CHARS + 40));
  const cuts = [
    ...(date ? [{ at: date.index, end: date.index + date.length, wallTime: date.wallTime }] : []),
    ...(place ? [{ at: place.index, end: place.index, wallTime: undefined }] : []),
  ].sort((a, b) => a.at - b.at);
  for (const cut of cuts) {
    const title = trimTitle(line.slice(0, cut.at));
    if (!usable(title)) continue;
    return { title, rest: line.slice(cut.end).replace(/^[\s,;:|–—-]+/u, ''), ...(cut.wallTime && { wallTime: cut.wallTime }) };
  }
  return undefined;
};

/** A date opening or closing a title line ("October 10 2007 Clinton Calls …", "… Will Flow December 6 2007"). */
export const splitEdgeDate = (line: string, language?: string): { title: string; wallTime: WallTime } | undefined => {
  for (const date of findDates(line, language)) {
    // A wire label before the date is no part of the title ("FOR IMMEDIATE RELEASE June 1 2005 Schumer on …").
    const before = trimTitle(line.slice(0, date.index).replace(RELEASE_LABEL_AT_START, ''));
    const after = line.slice(date.index + date.length).replace(/^[\s,;:|–—-]+/u, '').trim();
    // What trails the date may be its place ("… June 7 2007 Washington DC").
    const title = before.length <= 3 ? after : after.length <= 3 || (after.length <= 25 && wordCount(after) <= 4) ? before : undefined;
    if (title && wordCount(title) >= MIN_RUN_IN_WORDS) return { title, wallTime: date.wallTime };
  }
  return undefined;
};

// A full stop after an initial or a short capitalised abbreviation ("K.", "Sen.", "U.S.") ends no sentence.
const ABBREVIATION = /(?:^|[\s(])(?:\p{Lu}[\p{L}]{0,2}|(?:\p{L}\.)+\p{L})$/u;

const sentenceEnd = (text: string): number | undefined => {
  // A CJK full stop ends a sentence wherever it stands: no space follows it.
  for (const match of text.matchAll(/[.!?؟](?=\s+[\p{Lu}\p{Lo}"“«]|\s*$)|[。！？]/gu)) {
    if (match[0] === '.' && ABBREVIATION.test(text.slice(0, match.index))) continue;
    return match.index;
  }
  return undefined;
};

// "2023年5月6日，" opening a Chinese or Japanese lead.
const CJK_DATE_AT_START = /^\d{4}年\d{1,2}月\d{1,2}日[，,、]\s*/u;

/** A first sentence as title: up to its end, or cut at a word near MAX_DERIVED_CHARS with an ellipsis. */
export const firstSentenceTitle = (text: string): string => {
  const lead = text.replace(PLACE_DATELINE_AT_START, '').replace(CJK_DATE_AT_START, '').trim() || text.trim();
  const end = sentenceEnd(lead);
  const sentence = end !== undefined && end < MAX_DERIVED_CHARS ? lead.slice(0, end) : lead;
  if (sentence.length <= MAX_DERIVED_CHARS) return sentence.trim();
  const cut = sentence.slice(0, MAX_DERIVED_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${trimTitle(space > MAX_DERIVED_CHARS / 2 ? cut.slice(0, space) : cut)}…`;
};

