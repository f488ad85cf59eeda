import { Logger } from '@nestjs/common';
import { toIso1, toIso3 } from './language-codes.js';
import { splitForBackend } from './split-for-backend.js';
import { pairKey, type TranslationBackend } from './translation-backend.js';
import { BackendRateLimitedError, BackendUnavailableError, retryAfterMs } from './backend-errors.js';

export { BackendUnavailableError } from './backend-errors.js';
export { splitForBackend } from './split-for-backend.js';

/**
 * APY silently drops text past ~10 internal chunks of ~4 KB and answers 200 all the same,
 * so requests stay well under one chunk and every answer is checked for emptiness.
 */
export const APY_MAX_REQUEST_CHARS = 2_000;

/** Apertium APY over HTTP (form-encoded, as its API requires). */
export class ApertiumBackend implements TranslationBackend {
  readonly name = 'apertium';
  /** Apertium's output depends on the installed language packages; bump TRANSLATION_CACHE_VERSION after upgrading them. */
  readonly version = 'apy';
  private readonly logger = new Logger(ApertiumBackend.name);

  private readonly baseUrl: string;

  constructor(
    baseUrl: string,
    private readonly timeoutMs: number,
  ) {
    // Keep a base path (http://host/apy/) when resolving /listPairs and /translate.
    this.baseUrl = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  }

  async pairs(): Promise<Set<string> | undefined> {
    try {
      const res = await fetch(new URL('listPairs', this.baseUrl), { signal: AbortSignal.timeout(this.timeoutMs) });
      if (!res.ok) return undefined;
      const body = (await res.json()) as { responseData: { sourceLanguage: string; targetLanguage: string }[] };
      const pairs = new Set<string>();
      for (const { sourceLanguage, targetLanguage } of body.responseData) {
        const from = toIso1(sourceLanguage);
        const to = toIso1(targetLanguage);
        if (from && to) pairs.add(pairKey(from, to));
      }
      return pairs;
    } catch (error) {
      this.logger.debug({ msg: 'apertium unreachable', error: (error as Error).message });
      return undefined;
    }
  }

  modelFor(from: string, to: string): string | undefined {
    const pair = [toIso3(from), toIso3(to)];
    return pair.every(Boolean) ? pair.join('-') : undefined;
  }

  async translate(paragraphs: string[], from: string, to: string): Promise<string[]> {
    const langpair = `${toIso3(from)}|${toIso3(to)}`;
    const out: string[] = [];
    for (const paragraph of paragraphs) {
      const chunks = splitForBackend(paragraph, APY_MAX_REQUEST_CHARS);
      const translated: string[] = [];
      for (const chunk of chunks) translated.push(await this.translateChunk(chunk, langpair));
      out.push(translated.join(' '));
    }
    return out;
  }

  private async translateChunk(text: string, langpair: string): Promise<string> {
    if (text.trim() === '') return text;
    let res: Response;
    try {
      res = await fetch(new URL('translate', this.baseUrl), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
        // Plain text: the release text carries no markup, and APY's default HTML deformatter would mangle "<" and "&".
        body: new URLSearchParams({ q: text, langpair, markUnknown: 'no', format: 'txt' }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      throw new BackendUnavailableError(`apertium: ${(error as Error).message}`);
    }
    if (res.status === 429) {
      throw new BackendRateLimitedError(`apertium answered 429 for ${langpair}`, retryAfterMs(res.headers.get('retry-after')));
    }
    if (!res.ok) throw new BackendUnavailableError(`apertium answered ${res.status} for ${langpair}`);
    let translated: string | undefined;
    try {
      const body = (await res.json()) as { responseData?: { translatedText?: string } };
      translated = body.responseData?.translatedText?.trim();
    } catch (error) {
      throw new BackendUnavailableError(`apertium sent an unreadable answer: ${(error as Error).message}`);
    }
    if (!translated) throw new BackendUnavailableError(`apertium returned no text for ${langpair}`);
    return translated;
  }
}
