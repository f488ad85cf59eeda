import { findDates } from './date.finder.js';
import { parseIsoDate } from './iso-date.parse.js';
import { normalizeLanguageHint } from './language.detect.js';
import { assertTimezone, formatPublishedAt } from './published-at.format.js';

export interface ParsePublishedAtOptions {
  /** IANA zone of the source; as in extractRelease. */
  timezone?: string;
  /** ISO 639-1 language of the text; tried first among the date locales. */
  language?: string;
}

/**
 * A date given on its own (a pushed release's date field, a feed's pubDate) in the same ISO form
 * extractRelease returns; undefined when the text holds no full date.
 */
export const parsePublishedAt = (text: string, options: ParsePublishedAtOptions = {}): string | undefined => {
  assertTimezone(options.timezone);
  const wallTime = parseIsoDate(text) ?? findDates(text, normalizeLanguageHint(options.language))[0]?.wallTime;
  return wallTime && formatPublishedAt(wallTime, options.timezone);
};
