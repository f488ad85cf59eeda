/** One machine-translation engine. Languages are ISO 639-1 codes. */
export interface TranslationBackend {
  readonly name: string;
  /**
   * What produced the text, part of the cache key: a cached translation is reused only
   * from the same backend at the same version (an LLM's model, an engine's API version).
   */
  readonly version: string;
  /** Pairs the engine serves right now; `undefined` when it cannot be reached. */
  pairs(): Promise<Set<string> | undefined>;
  /** Translates plain-text paragraphs, keeping their number and order. */
  translate(paragraphs: string[], from: string, to: string): Promise<string[]>;
  /** The model recorded on a translation of this pair (Apertium's pair mode, an LLM's model). */
  modelFor?(from: string, to: string): string | undefined;
}

export const pairKey = (from: string, to: string) => `${from}>${to}`;

export const TRANSLATION_BACKENDS = Symbol('TRANSLATION_BACKENDS');
