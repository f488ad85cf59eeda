import { INSTITUTION } from './title.candidate.js';
import { normalizeWhitespace } from './whitespace.util.js';

// Separators that <title> and og:title use to glue on the site name.
const DASH_SEPARATORS = [' :: ', ' — ', ' – ', ' - ', ' » ', ' « ', ' · ', ' / '];
// In a <title> a colon can glue a site name in front ("Auswärtiges Amt: …"); in a headline it is the
// headline's own ("Communiqué de l’Ambassade : …"), so it is split only when asked.
const COLON_SEPARATORS = [': ', '：'];
// Han script has no word boundaries for INSTITUTION to find: a site name ends with the institution.
const CJK_SITE = /^[\p{Script=Han}\s]{2,20}?(?:外交部|大使馆|总领事馆|领事馆|使馆|政府|办公室|新闻网)$/u;

const sameText = (a: string, b: string | undefined): boolean =>
  b !== undefined && a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;

const isSiteSegment = (segment: string, siteName: string | undefined): boolean =>
  sameText(segment.trim(), siteName) || INSTITUTION.test(segment) || CJK_SITE.test(segment.trim());

const longest = (parts: readonly string[]): string => parts.reduce((a, b) => (b.length > a.length ? b : a));

/**
 * A page title without the site name glued to it: "Talks with X | Embassy of Y" → "Talks with X".
 * Pipes are hardly ever part of a headline, so the longest non-site part between pipes wins. With a
 * dash, a trailing part goes when it names an institution or the site; a leading one only when also
 * shorter than what remains, so "Foreign Ministry comment – 5 May" survives.
 */
export const cleanTitle = (raw: string, siteName?: string, options: { colon?: boolean } = {}): string => {
  const title = normalizeWhitespace(raw);
  const piped = title.split(' | ').map((part) => part.trim()).filter(Boolean);
  if (piped.length > 1) {
    const named = piped.filter((part) => !isSiteSegment(part, siteName));
    return longest(named.length > 0 ? named : piped);
  }
  for (const separator of options.colon ? [...DASH_SEPARATORS, ...COLON_SEPARATORS] : DASH_SEPARATORS) {
    const parts = title.split(separator);
    if (parts.length < 2) continue;
    if (isSiteSegment(parts.at(-1)!, siteName)) return parts.slice(0, -1).join(separator).trim();
    const rest = parts.slice(1).join(separator);
    if (isSiteSegment(parts[0]!, siteName) && rest.length > parts[0]!.length) return rest.trim();
  }
  return title;
};
