// Scraped pages are full of no-break, thin and ideographic spaces; they must compare equal to ' '.
const UNICODE_SPACES = /[\s\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/gu;
// Invisible characters that only break matching (BOM, zero-width space, soft hyphen, word joiner).
const INVISIBLES = /[\u200B\uFEFF\u00AD\u2060]/gu;

/** One line of text: NFC, invisibles dropped, every run of spaces made one ASCII space, trimmed. */
export const normalizeWhitespace = (text: string): string =>
  text.normalize('NFC').replace(INVISIBLES, '').replace(UNICODE_SPACES, ' ').trim();

/** Splits on every line terminator, including the Unicode line and paragraph separators. */
export const splitLines = (text: string): string[] => text.split(/\r\n|[\r\n\u2028\u2029\u0085]/u);
