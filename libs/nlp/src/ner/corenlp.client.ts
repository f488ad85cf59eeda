import { readFileSync } from 'node:fs';
import { postJson } from './http-post.js';
import type { ModelMention, NerType, Recogniser } from './ner.types.js';

/** Per-language properties, shared with the stack's warm-up (data/corenlp.json says why these). */
const CONFIG = JSON.parse(readFileSync(new URL('../../data/corenlp.json', import.meta.url), 'utf8')) as {
  common: Record<string, string>;
  languages: Record<string, Record<string, string>>;
};

/** The models' labels (CoNLL, AnCora, WikiNER IOB, OntoNotes-like Chinese) as PER/ORG/LOC/MISC. */
const LABELS: Record<string, NerType> = {
  PERSON: 'PER', PER: 'PER', PERS: 'PER',
  ORGANIZATION: 'ORG', ORG: 'ORG',
  LOCATION: 'LOC', LOC: 'LOC', LUG: 'LOC', GPE: 'LOC',
  MISC: 'MISC', OTROS: 'MISC',
};

export function corenlpLabel(ner: string): NerType | undefined {
  return LABELS[ner.replace(/^[BI]-/, '')];
}

interface CoreNlpAnswer {
  sentences?: { entitymentions?: { text: string; ner: string; characterOffsetBegin: number; characterOffsetEnd: number }[] }[];
}

/** Stanford CoreNLP's server (run as its own process: GPL, never linked). */
export class CoreNlpRecogniser implements Recogniser {
  readonly languages = Object.keys(CONFIG.languages);
  private readonly urls: Map<string, string>;

  constructor(
    baseUrl: string,
    private readonly timeoutMs = 30_000,
  ) {
    // The server keeps one pipeline per distinct properties: each language's URL is fixed.
    const base = baseUrl.replace(/\/$/, '');
    this.urls = new Map(Object.entries(CONFIG.languages).map(([lang, props]) => [lang, `${base}/?properties=${encodeURIComponent(JSON.stringify({ ...CONFIG.common, ...props }))}`]));
  }

  async recognise(text: string, language: string, signal?: AbortSignal): Promise<ModelMention[]> {
    const url = this.urls.get(language);
    if (!url) throw new Error(`CoreNLP has no NER model for '${language}'`);
    if (!text.trim()) return [];
    const answer = (await postJson(url, text, 'text/plain; charset=utf-8', this.timeoutMs, signal)) as CoreNlpAnswer;
    return parseCoreNlp(answer, text);
  }
}

/** Entity mentions of a CoreNLP JSON answer; offsets are Java chars, i.e. UTF-16 like ours. */
export function parseCoreNlp(answer: CoreNlpAnswer, text: string): ModelMention[] {
  const out: ModelMention[] = [];
  for (const s of answer.sentences ?? []) {
    for (const m of s.entitymentions ?? []) {
      const type = corenlpLabel(m.ner);
      if (!type) continue;
      out.push({ start: m.characterOffsetBegin, end: m.characterOffsetEnd, type, text: text.slice(m.characterOffsetBegin, m.characterOffsetEnd) });
    }
  }
  return out;
}
