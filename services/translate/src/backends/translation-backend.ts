/** One machine-translation engine. Languages are ISO 639-1 codes. */
export interface TranslationBackend {
  readonly name: string;
  /** Pairs the engine serves right now; `undefined` when it cannot be reached. */
  pairs(): Promise<Set<string> | undefined>;
  /** Translates plain-text paragraphs, keeping their number and order. */
  translate(paragraphs: string[], from: string, to: string): Promise<string[]>;
}

export const pairKey = (from: string, to: string) => `${from}>${to}`;

export const TRANSLATION_BACKENDS = Symbol('TRANSLATION_BACKENDS');
