import { SENTENCE_END, UNSPACED_SCRIPTS } from './furniture.patterns.js';

const MAX_TITLE_CHARS = 300;

// Site names that scraped pages and <title> suffixes carry: "Embassy of …", "Ministry of …".
export const INSTITUTION =
  /(?:^|[^\p{L}])(?:embassy|consulate|ministry|mission|mfa|government|official (?:web)?site|посольств\p{L}*|консульств\p{L}*|министерств\p{L}*|мид|постпредств\p{L}*|ambassade|consulat|ministère|embajada|consulado|ministerio|gobierno|botschaft|ministerium|auswärtiges amt|大使馆|外交部|سفارة|وزارة)(?=$|[^\p{L}])/iu;

// Chinese and Japanese write no spaces: a word is about two characters there.
const UNSPACED_RUN = new RegExp(`[${UNSPACED_SCRIPTS}]+`, 'gu');
const wordCount = (line: string): number =>
  line.replace(UNSPACED_RUN, (run) => ' x'.repeat(Math.ceil(run.length / 2)) + ' ').split(/\s+/u).filter(Boolean).length;

export const canBeTitle = (line: string): boolean => line.length <= MAX_TITLE_CHARS && /\p{L}/u.test(line);

/** A headline rather than a sentence of prose: short enough and not closed by a full stop. */
const readsLikeHeadline = (line: string): boolean => line.length <= 250 && !/[.;,。；，]$/u.test(line);

/** A site or section name printed above the headline: a few words, or an institution's name. */
const readsLikeSiteName = (line: string): boolean =>
  wordCount(line) <= 3 ||
  /[:：]$/u.test(line) || (INSTITUTION.test(line) && wordCount(line) <= 12 && !SENTENCE_END.test(line));

/**
 * Index of the title among the first candidate lines of a page: the first one, unless it reads like
 * a site name and a better headline follows.
 */
export const pickTitleIndex = (candidates: readonly string[]): number => {
  let index = 0;
  while (
    index + 1 < candidates.length &&
    readsLikeSiteName(candidates[index]!) &&
    readsLikeHeadline(candidates[index + 1]!) &&
    candidates[index + 1]!.length > candidates[index]!.length
  ) {
    index += 1;
  }
  return index;
};
