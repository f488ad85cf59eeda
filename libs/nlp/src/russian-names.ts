// Russian names inflect: the stems and word-by-word patterns that find them in every case.

const CYRILLIC_ENDINGS = 'аяоеиыйьу';
/** Adjective endings that give way to every case (российский → российской, Новая → Новой). */
const ADJECTIVE_ENDING = /(?:ая|яя|ое|ее|ый|ий|ой|ые|ие)$/;
/** Words of a name are apart by spaces or a dash of any kind, spaced or not (folded to "-"). */
const WORD_GAP = String.raw`(?:\s*-\s*|\s+)`;
const CASE_ENDING = '[а-я]{0,3}';

const CYRILLIC_WORD = /^[а-я]{3,}$/;
const inflects = (word: string) => CYRILLIC_WORD.test(word);

/** The part of a Russian word that stays in every case, and whether an ending may follow. */
function russianStem(word: string): { stem: string; inflects: boolean } {
  if (!inflects(word)) return { stem: word, inflects: false };
  if (word.length >= 5 && ADJECTIVE_ENDING.test(word)) return { stem: word.slice(0, -2), inflects: true };
  if (word.length >= 4 && CYRILLIC_ENDINGS.includes(word.at(-1)!)) return { stem: word.slice(0, -1), inflects: true };
  return { stem: word, inflects: true };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The stems a Russian alias is also found by: case endings replace the last vowel (Россия →
 * России); an adjective (российский) gives way to its two-letter ending (российской, российского).
 */
export function russianStems(folded: string, alias: string): string[] {
  const stems: string[] = [];
  if (folded.length >= 5 && CYRILLIC_ENDINGS.includes(folded.at(-1)!)) stems.push(folded.slice(0, -1));
  if (folded.length >= 6 && /^\p{Ll}+$/u.test(alias) && ADJECTIVE_ENDING.test(folded)) stems.push(folded.slice(0, -2));
  return stems;
}

/**
 * Every word of a multi-word Russian name inflects ("Соломоновых Островов", "Папуа — Новой
 * Гвинеей"): the first word's stem, and a pattern for the rest, checked where that stem is found.
 */
export function russianContinuation(folded: string): { first: string; source: string } | undefined {
  const words = folded.split(/\s*-\s*|\s+/);
  if (words.length < 2 || !words.slice(0, -1).some(inflects)) return undefined;
  const [first, ...rest] = words.map(russianStem);
  const tail = rest.map((w) => WORD_GAP + escapeRegExp(w.stem) + (w.inflects ? CASE_ENDING : '')).join('');
  return { first: first!.stem, source: (first!.inflects ? CASE_ENDING : '') + tail + String.raw`(?![\p{L}\p{N}])` };
}
