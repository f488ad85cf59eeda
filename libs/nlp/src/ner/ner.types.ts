/** The coarse types every recogniser's labels are mapped to (CoNLL's). */
export type NerType = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** A name the statistical model found. Offsets are UTF-16 code units into the text sent, end exclusive. */
export interface ModelMention {
  start: number;
  end: number;
  type: NerType;
  text: string;
}

/** A named-entity recogniser behind a network call (CoreNLP, natasha). */
export interface Recogniser {
  /** Languages the recogniser has a model for (ISO 639-1). */
  readonly languages: readonly string[];
  recognise(text: string, language: string, signal?: AbortSignal): Promise<ModelMention[]>;
}

/**
 * The recogniser did not answer (down, refused, timed out, 5xx): "the world is down", so the
 * release must wait, never be enriched without it.
 */
export class RecogniserUnavailableError extends Error {
  readonly retriable = true;
  readonly code = 'NER.UNAVAILABLE';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RecogniserUnavailableError';
  }
}
