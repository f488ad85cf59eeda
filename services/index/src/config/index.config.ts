import type { IndexEnv } from './env.js';

export abstract class IndexConfig {
  /** A bulk request goes once it holds maxItems documents, maxBytes of body, or has waited maxWaitMs. */
  abstract readonly batch: { maxItems: number; maxBytes: number; maxWaitMs: number };
}

export const indexConfig = (env: IndexEnv): IndexConfig => ({
  batch: { maxItems: env.INDEX_BATCH_SIZE, maxBytes: env.INDEX_BATCH_BYTES, maxWaitMs: env.INDEX_BATCH_WAIT_MS },
});
