import { Logger } from '@nestjs/common';
import { translateInPieces } from './chunked-paragraphs.js';
import { allPairs, endpoint, requestJson } from './http-client.js';
import { pairKey, type TranslationBackend } from './translation-backend.js';

export interface LibreTranslateOptions {
  url: string;
  apiKey?: string;
  timeoutMs: number;
  /** Characters per text: LibreTranslate servers often run with a char limit (LT_CHAR_LIMIT). */
  maxChars?: number;
}

type Language = { code: string; targets?: string[] };

/** A LibreTranslate-compatible server: GET /languages, POST /translate with `q` as an array. */
export class LibreTranslateBackend implements TranslationBackend {
  readonly name = 'libretranslate';
  readonly version = 'v1';
  private readonly logger = new Logger(LibreTranslateBackend.name);

  constructor(private readonly options: LibreTranslateOptions) {}

  async pairs(): Promise<Set<string> | undefined> {
    try {
      const languages = await requestJson<Language[]>(this.name, endpoint(this.options.url, 'languages'), {}, this.options.timeoutMs);
      const pairs = new Set<string>();
      const codes = languages.map((l) => l.code);
      for (const { code, targets } of languages) {
        for (const pair of allPairs([code], targets ?? codes, pairKey)) pairs.add(pair);
      }
      return pairs;
    } catch (error) {
      this.logger.debug({ msg: 'libretranslate unreachable', error: (error as Error).message });
      return undefined;
    }
  }

  translate(paragraphs: string[], from: string, to: string): Promise<string[]> {
    return translateInPieces(this.name, paragraphs, this.options.maxChars ?? 2_000, 25, async (q) => {
      const body = { q, source: from, target: to, format: 'text', ...(this.options.apiKey ? { api_key: this.options.apiKey } : {}) };
      const answer = await requestJson<{ translatedText: string | string[] }>(
        this.name,
        endpoint(this.options.url, 'translate'),
        { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
        this.options.timeoutMs,
      );
      return Array.isArray(answer.translatedText) ? answer.translatedText : [answer.translatedText];
    });
  }
}
