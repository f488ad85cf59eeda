import type { EnrichEnv } from './env.js';

export abstract class RecogniserConfig {
  /** false: the knowledge base alone finds entities. */
  abstract readonly enabled: boolean;
  abstract readonly corenlpUrl: string;
  abstract readonly natashaUrl: string;
  /** An answer slower than this counts as an outage. */
  abstract readonly timeoutMs: number;
  /** Requests in flight per enrich instance. */
  abstract readonly concurrency: number;
  /** Texts whose answer is remembered; 0: none. */
  abstract readonly cacheSize: number;
}

export const recogniserConfig = (env: EnrichEnv): RecogniserConfig => ({
  enabled: env.NER_ENABLED === 'true',
  corenlpUrl: env.CORENLP_URL,
  natashaUrl: env.NATASHA_URL,
  timeoutMs: env.NER_TIMEOUT_MS,
  concurrency: env.NER_CONCURRENCY,
  cacheSize: env.NER_CACHE_SIZE,
});
