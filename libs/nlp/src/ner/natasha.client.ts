import { postJson } from './http-post.js';
import type { ModelMention, NerType, Recogniser } from './ner.types.js';

/** natasha's slovnet NER (Russian) behind libs/nlp/recogniser/natasha_server.py. */
export class NatashaRecogniser implements Recogniser {
  readonly languages = ['ru'] as const;

  constructor(
    private readonly baseUrl: string,
    private readonly timeoutMs = 30_000,
  ) {}

  async recognise(text: string, language: string, signal?: AbortSignal): Promise<ModelMention[]> {
    if (language !== 'ru') throw new Error(`natasha has no NER model for '${language}'`);
    if (!text.trim()) return [];
    const answer = (await postJson(`${this.baseUrl.replace(/\/$/, '')}/ner`, text, 'text/plain; charset=utf-8', this.timeoutMs, signal)) as {
      spans?: [number, number, string][];
    };
    return (answer.spans ?? [])
      .filter(([, , type]) => type === 'PER' || type === 'ORG' || type === 'LOC')
      .map(([start, end, type]) => ({ start, end, type: type as NerType, text: text.slice(start, end) }));
  }
}
