import { normalizeWhitespace } from './whitespace.util.js';

// A paragraph only one extractor keeps is kept when it is this long: short lone lines are the
// menus, captions, bylines and share buttons the two disagree on, long ones are prose the other
// missed. Tuned on half of a real-page segment-gold set and checked on the other half.
export const MIN_LONE_PARAGRAPH_CHARS = 80;

const isLong = (paragraph: string) => normalizeWhitespace(paragraph).length >= MIN_LONE_PARAGRAPH_CHARS;

/**
 * Our paragraphs merged with a second extractor's for the same page, paragraph by paragraph:
 * one both keep stays, one only ours keeps stays if long, and the second's long paragraphs that
 * ours lacks follow ours. With nothing left (or no second opinion) ours are returned unchanged.
 */
export function mergeSecondOpinion(ours: readonly string[], second: readonly string[]): string[] {
  const ourText = normalizeWhitespace(ours.join('\n'));
  const secondText = normalizeWhitespace(second.join('\n'));
  if (secondText === '') return [...ours];
  const kept = ours.filter((paragraph) => isLong(paragraph) || secondText.includes(normalizeWhitespace(paragraph)));
  const added = second.filter((paragraph) => isLong(paragraph) && !ourText.includes(normalizeWhitespace(paragraph)));
  const merged = [...kept, ...added];
  return merged.length > 0 ? merged : [...ours];
}
