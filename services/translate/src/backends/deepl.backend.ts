import { Logger } from '@nestjs/common';
import { translateInPieces } from './chunked-paragraphs.js';
import { allPairs, endpoint, requestJson } from './http-client.js';
import { pairKey, type TranslationBackend } from './translation-backend.js';

export interface DeeplOptions {
  url: string;
  apiKey: string;
  timeoutMs: number;
}

type Language = { language: string; name?: string };

/**
 * The DeepL API v2: GET /v2/languages?type=source|target, POST /v2/translate (JSON, up to
 * 50 texts and 128 KiB a request). DeepL wants a regional target for English and
 * Portuguese (EN-US, PT-PT), so targets are resolved against its own list.
 */
export class DeeplBackend implements TranslationBackend {
  readonly name = 'deepl';
  readonly version = 'v2';
  private readonly logger = new Logger(DeeplBackend.name);
  /** ISO 639-1 → the code DeepL takes as target_lang. */
  private targetCodes = new Map<string, string>();

  constructor(private readonly options: DeeplOptions) {}

  private get headers() {
    return { authorization: `DeepL-Auth-Key ${this.options.apiKey}`, 'content-type': 'application/json' };
  }

  async pairs(): Promise<Set<string> | undefined> {
    try {
      const list = (type: string) =>
        requestJson<Language[]>(this.name, endpoint(this.options.url, `v2/languages?type=${type}`), { headers: this.headers }, this.options.timeoutMs);
      const [sources, targets] = await Promise.all([list('source'), list('target')]);
      this.targetCodes = targetCodesOf(targets);
      const iso = (code: string) => code.split('-')[0].toLowerCase();
      return allPairs(new Set(sources.map((l) => iso(l.language))), this.targetCodes.keys(), pairKey);
    } catch (error) {
      this.logger.debug({ msg: 'deepl unreachable', error: (error as Error).message });
      return undefined;
    }
  }

  translate(paragraphs: string[], from: string, to: string): Promise<string[]> {
    const target = this.targetCodes.get(to) ?? to.toUpperCase();
    return translateInPieces(this.name, paragraphs, 5_000, 50, async (text) => {
      const answer = await requestJson<{ translations: { text: string }[] }>(
        this.name,
        endpoint(this.options.url, 'v2/translate'),
        { method: 'POST', headers: this.headers, body: JSON.stringify({ text, source_lang: from.toUpperCase(), target_lang: target }) },
        this.options.timeoutMs,
      );
      return answer.translations.map((t) => t.text);
    });
  }
}

/** Prefers the plain code (ES), else the first regional variant DeepL lists (EN-US before EN-GB). */
export function targetCodesOf(targets: Language[]): Map<string, string> {
  const codes = new Map<string, string>();
  const sorted = [...targets].sort((a, b) => a.language.length - b.language.length || b.language.localeCompare(a.language));
  for (const { language } of sorted) {
    const iso = language.split('-')[0].toLowerCase();
    if (!codes.has(iso)) codes.set(iso, language);
  }
  return codes;
}
