/** One text of a release that entities are looked for in. */
export interface ReleaseText {
  /** `original`, or the ISO 639-1 code of the translation. */
  in: string;
  language: string;
  /** Title, blank line, paragraphs separated by blank lines: mention offsets point into this. */
  text: string;
  /** Offset where the body starts (after the title). */
  bodyStart: number;
}

export interface ReleaseInput {
  title: string;
  paragraphs: string[];
  language: string;
  translations?: { language: string; title: string; paragraphs: string[] }[];
  publishedAt?: string;
  /** Where publishedAt came from (the ingested contract's `dateSource`): `ingest` is no stated date. */
  dateSource?: string;
  sourceCountry?: string;
}

export const PARAGRAPH_SEPARATOR = '\n\n';

export function layoutText(title: string, paragraphs: string[]): { text: string; bodyStart: number } {
  const bodyStart = title.length + PARAGRAPH_SEPARATOR.length;
  return { text: [title, ...paragraphs].join(PARAGRAPH_SEPARATOR), bodyStart };
}

/** The original first, then each translation: the original's evidence wins on conflicts. */
export function releaseTexts(release: ReleaseInput): ReleaseText[] {
  const texts: ReleaseText[] = [{ in: 'original', language: release.language, ...layoutText(release.title, release.paragraphs) }];
  for (const t of release.translations ?? []) {
    if (t.language === release.language) continue;
    texts.push({ in: t.language, language: t.language, ...layoutText(t.title, t.paragraphs) });
  }
  return texts;
}

/** Abbreviations whose period does not end a sentence: "Mr.", "U.S.", "S. Lavrov". */
const ABBREVIATION = /(?:\b(?:Mr|Mrs|Ms|Dr|St|No|Sr|Sra|Mme)|\b\p{Lu}|\.\p{Lu})$/u;

function endsSentence(text: string, i: number): boolean {
  const ch = text[i]!;
  if (ch === '\n' || ch === '!' || ch === '?' || ch === '。' || ch === '؟') return true;
  return ch === '.' && /\s/.test(text[i + 1] ?? ' ') && !ABBREVIATION.test(text.slice(Math.max(0, i - 4), i));
}

/** The sentence around `offset`, as [start, end). */
export function sentenceAround(text: string, offset: number): { start: number; end: number } {
  let start = offset;
  while (start > 0 && !endsSentence(text, start - 1)) start--;
  let end = offset;
  while (end < text.length && !endsSentence(text, end)) end++;
  return { start, end };
}
