import { findDates } from './date.finder.js';
import type { DateSource, HintDateSource } from './extract-release.types.js';
import { parseIsoDate } from './iso-date.parse.js';
import type { WallTime } from './wall-time.js';

// A date found in the content further than this from the date the source gives for the release is
// a date the release mentions ("will travel June 27"), not its dateline.
const MENTION_DAYS = 45;
// Page-local wall time may run up to a day ahead of the fetch time's UTC date.
const FUTURE_SLACK_DAYS = 1;
const STATED: ReadonlySet<HintDateSource> = new Set(['given', 'feed', 'sitemap']);

export interface DatedCandidate {
  wallTime: WallTime;
  source: DateSource;
}

export interface DateChoiceInput {
  hint?: WallTime;
  hintSource: HintDateSource;
  /** The extractor's own date (metadata or dateline), then the body's dates in order. */
  found: DatedCandidate[];
  fetchedAt: Date;
}

const dayNumber = (wallTime: WallTime): number => Date.UTC(wallTime.year, wallTime.month - 1, wallTime.day) / 86_400_000;

export const wallTimeOf = (text: string, language?: string): WallTime | undefined =>
  parseIsoDate(text) ?? findDates(text, language)[0]?.wallTime;

/**
 * The publication date: a date the input states (feed, sitemap, push) as stated; else the content's
 * own date, unless it lies after the fetch or far from a weaker hint (Last-Modified, the source's
 * metadata), which then stands in; else the weaker hint itself.
 */
export const choosePublicationDate = (input: DateChoiceInput): DatedCandidate | undefined => {
  const latest = Math.floor(input.fetchedAt.getTime() / 86_400_000) + FUTURE_SLACK_DAYS;
  const possible = (wallTime: WallTime) => dayNumber(wallTime) <= latest;
  const hint = input.hint && possible(input.hint) ? input.hint : undefined;
  if (hint && STATED.has(input.hintSource)) return { wallTime: hint, source: input.hintSource };
  const found = input.found.find(
    ({ wallTime }) => possible(wallTime) && (!hint || Math.abs(dayNumber(wallTime) - dayNumber(hint)) <= MENTION_DAYS),
  );
  if (found) return found;
  return hint ? { wallTime: hint, source: input.hintSource } : undefined;
};
