import type { BackendSettings } from '../backends/configured-backends.js';
import type { TranslateEnv } from './env.js';

export abstract class TranslationConfig {
  /** TRANSLATION_TARGETS, TRANSLATION_SOURCE_TARGETS and TRANSLATION_ROUTES as written (parsed where used). */
  abstract readonly targets: string;
  abstract readonly sourceTargets: string;
  abstract readonly routes: string;
  /** Joins each cache entry's key: bumping it retires every entry. */
  abstract readonly cacheVersion: string;
  abstract readonly pendingRetryIntervalMs: number;
  /** The backends' URLs, keys, timeouts and limits. */
  abstract readonly backends: BackendSettings;
}

export const translationConfig = (env: TranslateEnv): TranslationConfig => ({
  targets: env.TRANSLATION_TARGETS,
  sourceTargets: env.TRANSLATION_SOURCE_TARGETS,
  routes: env.TRANSLATION_ROUTES,
  cacheVersion: env.TRANSLATION_CACHE_VERSION,
  pendingRetryIntervalMs: env.PENDING_RETRY_INTERVAL_MS,
  backends: env,
});
