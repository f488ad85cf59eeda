import { readFileSync } from 'node:fs';
import { postText } from './http-post.js';
import { RecogniserUnavailableError, type ModelMention, type NerType, type Recogniser } from './ner.types.js';

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

/** Stanford CoreNLP's server (run as its own process: GPL, never linked). */
export class CoreNlpRecogniser implements Recogniser {
  readonly languages = Object.keys(CONFIG.languages);
  private readonly urls: Map<string, string>;

  /**
   * `pretokenised`: the text is already tokens between spaces, a sentence a line (CoNLL gold),
   * so CoreNLP splits at spaces and line ends only, as a CoNLL evaluation scores a model.
   */
  constructor(
    baseUrl: string,
    private readonly timeoutMs = 30_000,
    { pretokenised = false } = {},
  ) {
    // The server keeps one pipeline per distinct properties: each language's URL is fixed.
    const base = baseUrl.replace(/\/$/, '');
    const given = pretokenised ? { 'tokenize.whitespace': 'true', 'ssplit.eolonly': 'true' } : {};
    this.urls = new Map(
      Object.entries(CONFIG.languages).map(([lang, props]) => [lang, `${base}/?properties=${encodeURIComponent(JSON.stringify({ ...CONFIG.common, ...props, ...given }))}`]),
    );
  }

  async recognise(text: string, language: string, signal?: AbortSignal): Promise<ModelMention[]> {
    const url = this.urls.get(language);
    if (!url) throw new Error(`CoreNLP has no NER model for '${language}'`);
    if (!text.trim()) return [];
    return parseCoreNlp(await postText(url, text, 'text/plain; charset=utf-8', this.timeoutMs, signal), text);
  }
}

/**
 * Entity mentions of a CoreNLP answer in CoNLL columns `label begin end`, one token a line and a
 * blank line between sentences, grouped as CoreNLP's entity mentions are: a run of tokens of one
 * label within a sentence, a `B-` label or a gap in the text starting a new one. Offsets are
 * Java chars, i.e. UTF-16 like ours.
 */
export function parseCoreNlp(answer: string, text: string): ModelMention[] {
  const out: ModelMention[] = [];
  let open: { label: string; start: number; end: number } | undefined;
  const close = () => {
    const type = open && corenlpLabel(open.label);
    if (open && type) out.push({ start: open.start, end: open.end, type, text: text.slice(open.start, open.end) });
    open = undefined;
  };
  for (const line of answer.split('\n')) {
    if (line.trim() && !/^\S+\t\d+\t\d+$/.test(line.trim())) throw new RecogniserUnavailableError(`CoreNLP sent a broken answer: ${line.slice(0, 100)}`);
    const [ner, begin, end] = line.trim().split('\t');
    if (!ner || ner === 'O') {
      close();
      continue;
    }
    const label = ner.replace(/^[BI]-/, '');
    // A name never runs over a line break or a wide gap: where a scraper dropped the comma or
    // the markup ("the Department of Energy  the State of Colorado"), CRF labels run on.
    if (open && open.label === label && !ner.startsWith('B-') && !/\n|\s{2}/u.test(text.slice(open.end, Number(begin)))) open.end = Number(end);
    else {
      close();
      open = { label, start: Number(begin), end: Number(end) };
    }
  }
  close();
  return out;
}
