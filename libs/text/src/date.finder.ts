import * as chrono from 'chrono-node';
import type { WallTime } from './wall-time.js';

// "02 17 2005": a scraper that dropped the slashes of a U.S. date. Month first, as the slashes were,
// unless only day first makes a date; a year in four digits, so phone numbers never match.
const SPACED_NUMERIC_DATE = /(\d{1,2}) (\d{1,2}) ((?:19|20)\d{2})(?![\d.,/:-])/u;
const NUMBER_PART = /[\d.,/:-]/u;

const isDayOfMonth = (day: number, month: number): boolean => month >= 1 && month <= 12 && day >= 1 && day <= 31;

function withSpacedNumericDates(parser: chrono.Chrono): chrono.Chrono {
  parser.parsers.push({
    pattern: () => SPACED_NUMERIC_DATE,
    extract: (context, match) => {
      // chrono matches on the text after each failed start (its index is into the whole text), so
      // what stands before the match is read from the whole text.
      if (NUMBER_PART.test(context.text.charAt(match.index! - 1))) return null;
      const [first, second, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
      if (isDayOfMonth(second, first)) return { month: first, day: second, year };
      if (isDayOfMonth(first, second)) return { day: first, month: second, year };
      return null;
    },
  });
  return parser;
}

// Strict parsers only read written dates, never "today" or "next Friday", whose meaning
// would depend on when we ran. English is day-first (GB): ministries outside the US write 05.09.2017
// and 05/09/2017 as 5 September.
const PARSERS: Readonly<Record<string, chrono.Chrono>> = {
  en: withSpacedNumericDates(new chrono.Chrono(chrono.en.configuration.createConfiguration(true, true))),
  ru: chrono.ru.strict,
  fr: chrono.fr.strict,
  es: chrono.es.strict,
  de: chrono.de.strict,
  pt: chrono.pt.strict,
  it: chrono.it.strict,
  uk: chrono.uk.strict,
  nl: chrono.nl.strict,
  zh: chrono.zh.strict,
  ja: chrono.ja.strict,
  ar: chrono.ar.strict,
  sv: chrono.sv.strict,
  fi: chrono.fi.strict,
  vi: chrono.vi.strict,
  id: chrono.id.strict,
};

const DEFAULT_ORDER = ['en', 'ru', 'fr', 'es', 'de', 'pt', 'it', 'uk', 'zh', 'ja', 'ar', 'nl', 'sv', 'fi', 'vi', 'id'];

// Only year-certain dates are accepted, so the reference only steers chrono's internal guesses.
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

// What may stand between a date and the time chrono read separately ("5 сентября 2017 г., 14:30").
const DATE_TIME_GLUE = /^[\s.,;:|/–—-]*(?:в|at|à|a las|a la|um|alle|às|о)?[\s.,;:]*$/iu;

export interface DateMatch {
  wallTime: WallTime;
  index: number;
  length: number;
}

const parserOrder = (preferredLanguage?: string): string[] =>
  preferredLanguage && preferredLanguage in PARSERS
    ? [preferredLanguage, ...DEFAULT_ORDER.filter((language) => language !== preferredLanguage)]
    : DEFAULT_ORDER;

// A full date writes its year in digits: chrono reads "the day after" as the day after its reference.
const isFullDate = (result: chrono.ParsedResult): boolean =>
  /\d/u.test(result.text) && result.start.isCertain('year') && result.start.isCertain('month') && result.start.isCertain('day');

const toWallTime = (components: chrono.ParsedComponents): WallTime => {
  const wallTime: WallTime = {
    year: components.get('year') ?? 0,
    month: components.get('month') ?? 0,
    day: components.get('day') ?? 0,
  };
  if (components.isCertain('hour')) {
    wallTime.hour = components.get('hour') ?? 0;
    wallTime.minute = components.get('minute') ?? 0;
    wallTime.second = components.isCertain('second') ? (components.get('second') ?? 0) : 0;
  }
  if (components.isCertain('timezoneOffset')) {
    wallTime.offsetMinutes = components.get('timezoneOffset') ?? 0;
  }
  return wallTime;
};

const matchesOf = (parser: chrono.Chrono, text: string): DateMatch[] => {
  const results = parser.parse(text, REFERENCE);
  const matches: DateMatch[] = [];
  results.forEach((result, position) => {
    if (!isFullDate(result)) return;
    const match: DateMatch = { wallTime: toWallTime(result.start), index: result.index, length: result.text.length };
    const next = results[position + 1];
    const end = result.index + result.text.length;
    if (
      match.wallTime.hour === undefined &&
      next &&
      !isFullDate(next) &&
      next.start.isCertain('hour') &&
      DATE_TIME_GLUE.test(text.slice(end, next.index))
    ) {
      const time = toWallTime(next.start);
      match.wallTime = { ...match.wallTime, hour: time.hour, minute: time.minute, second: time.second };
      if (time.offsetMinutes !== undefined) match.wallTime.offsetMinutes = time.offsetMinutes;
      match.length = next.index + next.text.length - result.index;
    }
    if (match.wallTime.year >= 1900 && match.wallTime.year <= 2200) matches.push(match);
  });
  return matches;
};

/** Every full written date (day, month and year) in the text, read in the first language that finds any. */
export const findDates = (text: string, preferredLanguage?: string): DateMatch[] => {
  for (const language of parserOrder(preferredLanguage)) {
    const matches = matchesOf(PARSERS[language]!, text);
    if (matches.length > 0) return matches;
  }
  return [];
};

// Words a dateline may carry besides the date: "Posted on", "Moscow,", "Опубликовано:", a weekday
// another locale did not absorb. More than this and the line is a sentence that mentions a date.
const MAX_DATELINE_EXTRA_WORDS = 3;
const MAX_DATELINE_EXTRA_CHARS = 30;
const MAX_DATELINE_CHARS = 100;

const leftoverAround = (line: string, match: DateMatch): string =>
  `${line.slice(0, match.index)} ${line.slice(match.index + match.length)}`
    .replace(/[\p{P}\p{S}\p{N}]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();

// Han, kana and hangul write no spaces: two characters count as a word, so "发布时间" passes as a
// label while a clause after a date ("2020年11月15日，协定以视频方式正式签署。") reads as prose.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const wordsIn = (text: string): number => {
  if (!text) return 0;
  const cjk = text.match(CJK)?.length ?? 0;
  const spaced = text.replace(CJK, ' ').trim();
  return (spaced ? spaced.split(/\s+/u).length : 0) + Math.ceil(cjk / 2);
};

/** The date of a line that is essentially only a date ("Thursday, 07 September 2017 17:44"), else undefined. */
export const parseDateline = (line: string, preferredLanguage?: string): WallTime | undefined => {
  // A dateline is short and has a year in digits; skipping the rest saves running every locale on prose.
  if (line.length > MAX_DATELINE_CHARS || !/\d/u.test(line)) return undefined;
  for (const language of parserOrder(preferredLanguage)) {
    const [match] = matchesOf(PARSERS[language]!, line);
    if (!match) continue;
    const leftover = leftoverAround(line, match);
    const words = wordsIn(leftover);
    if (words <= MAX_DATELINE_EXTRA_WORDS && leftover.length <= MAX_DATELINE_EXTRA_CHARS) return match.wallTime;
  }
  return undefined;
};

export const isDateline = (line: string, preferredLanguage?: string): boolean =>
  parseDateline(line, preferredLanguage) !== undefined;
