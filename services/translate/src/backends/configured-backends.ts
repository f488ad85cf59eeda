import type { TranslateEnv } from '../config/env.js';
import { ApertiumBackend } from './apertium.backend.js';
import { DeeplBackend } from './deepl.backend.js';
import { LibreTranslateBackend } from './libretranslate.backend.js';
import { OpenAiChatBackend } from './openai-chat.backend.js';
import { ResilientBackend } from './resilient-backend.js';
import type { TranslationBackend } from './translation-backend.js';

export type BackendSettings = Pick<
  TranslateEnv,
  | 'APERTIUM_URL'
  | 'LIBRETRANSLATE_URL'
  | 'LIBRETRANSLATE_API_KEY'
  | 'LIBRETRANSLATE_MAX_CHARS'
  | 'DEEPL_URL'
  | 'DEEPL_API_KEY'
  | 'OPENAI_URL'
  | 'OPENAI_API_KEY'
  | 'OPENAI_MODEL'
  | 'OPENAI_LANGUAGES'
  | 'TRANSLATION_TIMEOUT_MS'
  | 'TRANSLATION_CALL_TIMEOUT_MS'
  | 'TRANSLATION_CONCURRENCY'
  | 'TRANSLATION_RETRIES'
  | 'TRANSLATION_BREAKER_RESET_MS'
>;

/** Every backend whose URL is set, in the default order of preference, each made resilient. */
export function configuredBackends(env: BackendSettings): ResilientBackend[] {
  const timeoutMs = env.TRANSLATION_TIMEOUT_MS;
  const backends: TranslationBackend[] = [];
  if (env.APERTIUM_URL) backends.push(new ApertiumBackend(env.APERTIUM_URL, timeoutMs));
  if (env.LIBRETRANSLATE_URL) {
    backends.push(
      new LibreTranslateBackend({ url: env.LIBRETRANSLATE_URL, apiKey: env.LIBRETRANSLATE_API_KEY || undefined, timeoutMs, maxChars: env.LIBRETRANSLATE_MAX_CHARS }),
    );
  }
  if (env.DEEPL_URL) backends.push(new DeeplBackend({ url: env.DEEPL_URL, apiKey: env.DEEPL_API_KEY, timeoutMs }));
  if (env.OPENAI_URL && env.OPENAI_MODEL) {
    backends.push(
      new OpenAiChatBackend({
        url: env.OPENAI_URL,
        apiKey: env.OPENAI_API_KEY || undefined,
        model: env.OPENAI_MODEL,
        languages: env.OPENAI_LANGUAGES.split(','),
        timeoutMs,
      }),
    );
  }
  return backends.map(
    (backend) =>
      new ResilientBackend(backend, {
        callTimeoutMs: env.TRANSLATION_CALL_TIMEOUT_MS,
        concurrency: env.TRANSLATION_CONCURRENCY,
        retries: env.TRANSLATION_RETRIES,
        retryBaseMs: 250,
        retryCapMs: 5_000,
        breakerResetMs: env.TRANSLATION_BREAKER_RESET_MS,
        // Discovery of a backend that never answered is retried this often; a dead backend then costs nothing.
        discoveryRetryMs: 5_000,
        pairsRefreshMs: 5 * 60_000,
      }),
  );
}
