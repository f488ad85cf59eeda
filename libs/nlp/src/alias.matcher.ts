import AhoCorasick from 'modern-ahocorasick';
import { foldText, scriptOf, wordEnd, type Script } from './text-fold.js';

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
}

const CYRILLIC_ENDINGS = 'аяоеиыйьу';

/** "US", "UN", "DPRK", "U.S." but not "Russia" nor "Xi". */
export const isCaseSensitiveAlias = (alias: string) => alias.length <= 6 && !/\p{Ll}/u.test(alias) && /\p{Lu}/u.test(alias);

/**
 * Finds thousands of aliases in one pass over the text (Aho–Corasick, linear in the text),
 * keeping whole-word hits only, the longest where hits overlap.
 */
export class AliasMatcher<T> {
  private readonly patterns: Pattern<T>[] = [];
  private readonly automaton: AhoCorasick<number>;

  constructor(entries: Iterable<{ alias: string; value: T }>) {
    const byFolded = new Map<string, Pattern<T>>();
    const add = (folded: string, target: AliasTarget<T>, script: Script) => {
      const known = byFolded.get(folded);
      if (known) known.targets.push(target);
      else byFolded.set(folded, { script, targets: [target] });
    };
    for (const { alias, value } of entries) {
      const trimmed = alias.trim();
      if (trimmed.length < 2) continue;
      const folded = foldText(trimmed);
      const script = scriptOf(trimmed);
      const target = { value, alias: trimmed, caseSensitive: isCaseSensitiveAlias(trimmed) };
      add(folded, target, script);
      // Russian case endings replace the last vowel (Россия → России): also match the stem.
      if (script === 'cyrillic' && folded.length >= 5 && CYRILLIC_ENDINGS.includes(folded.at(-1)!)) {
        add(folded.slice(0, -1), target, script);
      }
    }
    const inputs: { pattern: string; data: number }[] = [];
    for (const [folded, pattern] of byFolded) {
      inputs.push({ pattern: folded, data: this.patterns.length });
      this.patterns.push(pattern);
    }
    this.automaton = new AhoCorasick<number>(inputs);
  }

  /** Whole-word hits in `text`, longest first where they overlap, in text order. */
  find(text: string, folded = foldText(text)): AliasHit<T>[] {
    const candidates: AliasHit<T>[] = [];
    for (const m of this.automaton.iterate(folded, { strategy: 'all' })) {
      const pattern = this.patterns[m.data!]!;
      const end = wordEnd(folded, m.start, m.end, pattern.script);
      if (end < 0) continue;
      const written = text.slice(m.start, m.end);
      const targets = pattern.targets.filter((t) => (t.caseSensitive ? t.alias === written : sameMarks(t.alias, written)));
      if (targets.length) candidates.push({ start: m.start, end, text: text.slice(m.start, end), targets });
    }
    return selectLongest(candidates);
  }
}

const CASED_UPPER = /^\p{Lu}/u;

/**
 * Folding ignores case and accents to find candidates ("Etats-Unis" finds États-Unis); a proper
 * name still has to start with a capital where the alias does ("reunión" is not Réunion,
 * "turkey" is not Turkey).
 */
const sameMarks = (alias: string, written: string) => !CASED_UPPER.test(alias) || CASED_UPPER.test(written);

/** Greedy choice of non-overlapping spans, longest first, then leftmost. */
export function selectLongest<S extends { start: number; end: number }>(spans: S[]): S[] {
  const sorted = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: S[] = [];
  for (const s of sorted) {
    if (taken.every((t) => s.end <= t.start || s.start >= t.end)) taken.push(s);
  }
  return taken.sort((a, b) => a.start - b.start);
}
