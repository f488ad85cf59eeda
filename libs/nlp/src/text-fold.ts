/**
 * Case- and accent-insensitive form of a text with the SAME length, so offsets found in the
 * folded text are offsets in the original. Characters whose lower case changes length are kept.
 */
export function foldText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const code = ch.charCodeAt(0);
    if (code < 0x80) {
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
      continue;
    }
    out += foldChar(ch);
  }
  return out;
}

const cache = new Map<string, string>();

function foldChar(ch: string): string {
  const known = cache.get(ch);
  if (known !== undefined) return known;
  let folded = ch.toLowerCase();
  if (folded.length !== 1) folded = ch;
  // Latin letters with diacritics → base letter (é → e), so "Etats-Unis" finds "États-Unis".
  if (/[\u00C0-\u024F]/.test(folded)) {
    const base = folded.normalize('NFD')[0]!;
    if (/[a-z]/.test(base)) folded = base;
  }
  if (folded === 'ё') folded = 'е';
  if ('’‘`´ʼ'.includes(folded)) folded = "'";
  if ('‐‑‒–—'.includes(folded)) folded = '-';
  cache.set(ch, folded);
  return folded;
}

const WORD = /[\p{L}\p{N}]/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const ARABIC = /\p{Script=Arabic}/u;
/** Arabic one-letter proclitics: and, with, for, so, like. */
const ARABIC_PROCLITICS = 'وبلفك';

export const isWordChar = (ch: string | undefined) => ch !== undefined && WORD.test(ch);
export type Script = 'cjk' | 'cyrillic' | 'arabic' | 'other';

export function scriptOf(pattern: string): Script {
  if (CJK.test(pattern)) return 'cjk';
  if (CYRILLIC.test(pattern)) return 'cyrillic';
  if (ARABIC.test(pattern)) return 'arabic';
  return 'other';
}

/**
 * Where a match of `pattern` at [start, end) really ends, or -1 when it is not a whole word.
 * Chinese has no spaces; Russian inflects (России, Россией), so a Cyrillic name may take up
 * to three more letters; Arabic glues one-letter proclitics to the word (وروسيا).
 */
export function wordEnd(text: string, start: number, end: number, script: Script, allowInflection = true): number {
  if (script === 'cjk') return end;
  const before = text[start - 1];
  const startOk =
    !isWordChar(before) || (script === 'arabic' && ARABIC_PROCLITICS.includes(before!) && !isWordChar(text[start - 2]));
  if (!startOk) return -1;
  if (!isWordChar(text[end]) || !isWordChar(text[end - 1])) return end;
  if (script === 'cyrillic' && allowInflection && end - start >= 4) {
    let e = end;
    while (e < text.length && e - end < 3 && CYRILLIC.test(text[e]!)) e++;
    return isWordChar(text[e]) ? -1 : e;
  }
  return -1;
}
