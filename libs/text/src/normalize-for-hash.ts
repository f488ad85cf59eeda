const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u02BC]/gu;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033]/gu;
const INVISIBLES = /[\u200B\uFEFF\u00AD\u2060]/gu;

/**
 * Canonical form for building deterministic ids: two scrapes of the same release that differ only in
 * Unicode composition, typographic quotes, spacing or case give the same string. Not for display.
 */
export const normalizeForHash = (text: string): string =>
  text
    // Quotes first: NFKC would turn a double prime into two single primes.
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .normalize('NFKC')
    .replace(INVISIBLES, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();

/** The text a release id should hash: its title and paragraphs, in order, in hash form. */
export const releaseHashText = (release: { title: string; paragraphs: readonly string[] }): string =>
  normalizeForHash([release.title, ...release.paragraphs].join('\n'));
