import { AhoCorasick } from '@monyone/aho-corasick/fast';
import { russianContinuation, russianStems } from './russian-names.js';
import { foldText, isWordChar, scriptOf, wordEnd, type Script } from './text-fold.js';

export interface AliasTarget<T> {
  value: T;
  /** The alias as written: all-capital short aliases ("US", "UN") only match as written. */
  alias: string;
  caseSensitive: boolean;
}

export interface AliasHit<T> {
  start: number;
  end: number;
  text: string;
  targets: AliasTarget<T>[];
}

interface Pattern<T> {
  script: Script;
  targets: AliasTarget<T>[];
  /** Multi-word Russian names that start with this stem: the rest, checked where it is found. */
  continuations: Continuation<T>[];
}

/** The words after the first of a multi-word Russian name, each with its case ending. */
interface Continuation<T> {
  /** Compiled on first use: most of the ~2,500 never meet their first word. */
  source: string;
  rest?: RegExp;
  target: AliasTarget<T>;
}

/** "US", "UN", "DPRK", "U.S." but not "Russia" nor "Xi". */
export const isCaseSensitiveAlias = (alias: string) => alias.length <= 6 && !/\p{Ll}/u.test(alias) && /\p{Lu}/u.test(alias);

/**
 * Finds thousands of aliases in one pass over the text (Aho–Corasick, linear in the text),
 * keeping whole-word hits only (whole graphemes too), the longest where hits overlap.
 */
export class AliasMatcher<T> {
  /** By folded pattern: the automaton reports the pattern it found, not an index. */
  private readonly patterns: ReadonlyMap<string, Pattern<T>>;
  private readonly automaton: AhoCorasick;

  constructor(entries: Iterable<{ alias: string; value: T }>) {
    const byFolded = new Map<string, Pattern<T>>();
    const patternOf = (folded: string, script: Script) => {
      let known = byFolded.get(folded);
      if (!known) byFolded.set(folded, (known = { script, targets: [], continuations: [] }));
      return known;
    };
    const add = (folded: string, target: AliasTarget<T>, script: Script) => {
      const pattern = patternOf(folded, script);
      if (!pattern.targets.includes(target)) pattern.targets.push(target);
    };
    for (const { alias, value } of entries) {
      const trimmed = alias.trim();
      if (trimmed.length < 2) continue;
      const folded = foldText(trimmed);
      const script = scriptOf(trimmed);
      const target = { value, alias: trimmed, caseSensitive: isCaseSensitiveAlias(trimmed) };
      add(folded, target, script);
      if (script === 'cyrillic') {
        for (const stem of russianStems(folded, trimmed)) add(stem, target, script);
        // Abbreviations written in capitals ("МИД РФ") do not inflect.
        const continuation = target.caseSensitive ? undefined : russianContinuation(folded);
        if (continuation) patternOf(continuation.first, script).continuations.push({ source: continuation.source, target });
      } else if (script === 'other' && /\p{L}-\p{L}/u.test(folded)) {
        // "Guinea-Bissau" is also written "Guinea – Bissau".
        add(folded.replace(/(?<=\p{L})-(?=\p{L})/gu, ' - '), target, script);
      }
    }
    this.patterns = byFolded;
    // Over UTF-16 code units of the folded text (same length, so offsets hold), not graphemes:
    // segmenting cost 4-5 times the matching in Russian, Chinese and Arabic. Hits come by end,
    // longest first at one end. Sorted, ~18,000 patterns pack into the double array 4x faster.
    this.automaton = new AhoCorasick([...byFolded.keys()].sort());
  }

  /** Whole-word hits in `text`, longest first where they overlap, in text order. */
  find(text: string, folded = foldText(text)): AliasHit<T>[] {
    const candidates: AliasHit<T>[] = [];
    const boundaries = graphemeBoundaries(folded);
    for (const m of this.automaton.matchInText(folded)) {
      if (boundaries && !(boundaries[m.begin] && boundaries[m.end])) continue;
      const pattern = this.patterns.get(m.keyword)!;
      // Most hits are inside words ("ес" in "если"): drop them before any other work.
      if (pattern.script !== 'cjk' && pattern.script !== 'arabic' && isWordChar(folded[m.begin - 1])) continue;
      const written = text.slice(m.begin, m.end);
      for (const c of pattern.continuations) {
        if (isWordChar(folded[m.begin - 1]) || !sameMarks(c.target.alias, written)) continue;
        c.rest ??= new RegExp(c.source, 'uy');
        c.rest.lastIndex = m.end;
        const rest = c.rest.exec(folded);
        if (rest) candidates.push({ start: m.begin, end: m.end + rest[0].length, text: text.slice(m.begin, m.end + rest[0].length), targets: [c.target] });
      }
      const end = wordEnd(folded, m.begin, m.end, pattern.script);
      if (end < 0) continue;
      const targets = pattern.targets.filter((t) => (t.caseSensitive ? t.alias === written : sameMarks(t.alias, written)));
      if (targets.length) candidates.push({ start: m.begin, end, text: text.slice(m.begin, end), targets });
    }
    return selectLongest(mergeSameSpans(candidates));
  }
}

/**
 * What joins code points into one grapheme (Unicode's grapheme cluster rules): marks, joiners,
 * prepended signs and letters, conjoining Hangul jamo, Thai and Lao SARA AM, halfwidth kana
 * voice marks, emoji modifiers and tags, regional indicators, lone surrogates, CR LF. Other
 * format characters (soft hyphen, LRM/RLM) are graphemes of their own. The spec checks every
 * BMP code point against the runtime's segmenter.
 */
const GRAPHEME_JOINING = new RegExp(
  // eslint-disable-next-line no-misleading-character-class -- a class of joining code points, on purpose
  [
    String.raw`[\p{M}\p{Cs}\p{Regional_Indicator}\p{Emoji_Modifier}\u200C\u200D\u0600-\u0605\u06DD\u070F\u0890\u0891\u08E2\u0D4E\u0E33\u0EB3`,
    String.raw`\u1100-\u11FF\uA960-\uA97F\uD7B0-\uD7FF\uFF9E\uFF9F\u{110BD}\u{110CD}\u{111C2}\u{111C3}\u{113D1}\u{1193F}\u{11941}`,
    String.raw`\u{11A3A}\u{11A84}-\u{11A89}\u{11D46}\u{11F02}\u{16D63}\u{16D67}-\u{16D6A}\u{E0020}-\u{E007F}]|\r\n`,
  ].join(''),
  'u',
);
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Hits are whole graphemes ("e" is not found in "é" written e + U+0301, nor "روس" in "روسّ"):
 * where each code point is a grapheme, as in most texts, every hit is; otherwise the text's
 * grapheme starts, by offset (segmenting costs far more than matching, so only when needed).
 */
export function graphemeBoundaries(text: string): Uint8Array | undefined {
  if (!GRAPHEME_JOINING.test(text)) return undefined;
  const starts = new Uint8Array(text.length + 1);
  for (const { index } of graphemes.segment(text)) starts[index] = 1;
  starts[text.length] = 1;
  return starts;
}

const CASED_UPPER = /^\p{Lu}/u;
const CASED_LOWER = /^\p{Ll}/u;
const LATIN_ACCENTED = /[\u00C0-\u024F]/u;

/**
 * Folding ignores case and accents to find candidates ("Etats-Unis" finds États-Unis); a proper
 * name still has to start with a capital where the alias does ("reunión" is not Réunion,
 * "turkey" is not Turkey). A lower-case word (a demonym) keeps its accents, which capitals
 * may drop but running text does not: "Frances" is a first name, not "francés".
 */
const sameMarks = (alias: string, written: string) => {
  if (CASED_UPPER.test(alias)) return CASED_UPPER.test(written);
  if (!CASED_LOWER.test(alias) || !LATIN_ACCENTED.test(alias)) return true;
  for (let i = 0; i < alias.length; i++) {
    if (LATIN_ACCENTED.test(alias[i]!) && written[i]?.toLowerCase() !== alias[i]) return false;
  }
  return true;
};

/** One hit per span, with the targets of every pattern that found it. */
function mergeSameSpans<T>(hits: AliasHit<T>[]): AliasHit<T>[] {
  const bySpan = new Map<string, AliasHit<T>>();
  for (const h of hits) {
    const key = `${h.start}:${h.end}`;
    const known = bySpan.get(key);
    if (!known) bySpan.set(key, h);
    else for (const t of h.targets) if (!known.targets.includes(t)) known.targets.push(t);
  }
  return [...bySpan.values()];
}

/** Greedy choice of non-overlapping spans, longest first, then leftmost. */
export function selectLongest<S extends { start: number; end: number }>(spans: S[]): S[] {
  const sorted = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: S[] = [];
  for (const s of sorted) {
    if (taken.every((t) => s.end <= t.start || s.start >= t.end)) taken.push(s);
  }
  return taken.sort((a, b) => a.start - b.start);
}
