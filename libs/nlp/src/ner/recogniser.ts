import { CoreNlpRecogniser } from './corenlp.client.js';
import { NatashaRecogniser } from './natasha.client.js';
import type { ModelMention, Recogniser } from './ner.types.js';

export interface RecogniserConfig {
  /** Stanford CoreNLP server (en, es, fr, de, zh); empty: none. */
  corenlpUrl?: string;
  /** natasha server (ru); empty: none. */
  natashaUrl?: string;
  timeoutMs?: number;
  /** Texts are tokens between spaces, a sentence a line (CoNLL gold); natasha tokenises anyway. */
  pretokenised?: boolean;
}

/**
 * Sends each language to the recogniser that has a model for it. A language no recogniser
 * knows (Arabic, Portuguese, …) gets no model mentions: the knowledge base alone finds its
 * entities.
 */
export class LanguageRouter implements Recogniser {
  readonly languages: readonly string[];
  private readonly byLanguage = new Map<string, Recogniser>();

  constructor(recognisers: Recogniser[]) {
    for (const r of recognisers) for (const l of r.languages) if (!this.byLanguage.has(l)) this.byLanguage.set(l, r);
    this.languages = [...this.byLanguage.keys()];
  }

  handles(language: string): boolean {
    return this.byLanguage.has(language);
  }

  recognise(text: string, language: string, signal?: AbortSignal): Promise<ModelMention[]> {
    const r = this.byLanguage.get(language);
    return r ? r.recognise(text, language, signal) : Promise.resolve([]);
  }
}

/** Where the local stack (deploy/local/stack) serves each recogniser. */
export const DEFAULT_CORENLP_URL = 'http://127.0.0.1:9000';
export const DEFAULT_NATASHA_URL = 'http://127.0.0.1:9001';

/** The recognisers CORENLP_URL and NATASHA_URL name (unset: the local stack's), for the scripts and the CLI. */
export function recogniserFromEnv(
  options: Pick<RecogniserConfig, 'timeoutMs' | 'pretokenised'> = {},
  env: Record<string, string | undefined> = process.env,
): LanguageRouter {
  return createRecogniser({ corenlpUrl: env.CORENLP_URL ?? DEFAULT_CORENLP_URL, natashaUrl: env.NATASHA_URL ?? DEFAULT_NATASHA_URL, ...options });
}

export function createRecogniser(config: RecogniserConfig): LanguageRouter {
  const timeout = config.timeoutMs ?? 30_000;
  return new LanguageRouter([
    ...(config.corenlpUrl ? [new CoreNlpRecogniser(config.corenlpUrl, timeout, { pretokenised: config.pretokenised })] : []),
    ...(config.natashaUrl ? [new NatashaRecogniser(config.natashaUrl, timeout)] : []),
  ]);
}
