import type { IngestEnv } from './env.js';

/** How a release that comes in is taken: defaults, limits, duplicates, the ledger's outbox. */
export abstract class ReleasesConfig {
  /** Source id of pushed releases that name none. */
  abstract readonly defaultSource: string;
  /** The zone of a stated wall time that names none; empty: UTC. */
  abstract readonly defaultTimezone: string;
  abstract readonly maxBodyBytes: number;
  abstract readonly batchMaxLines: number;
  /** Estimated Jaccard similarity above which two releases share a cluster. */
  abstract readonly nearDuplicateThreshold: number;
  /** Ledger rows not confirmed on Kafka after this long are published again. */
  abstract readonly republishAfterMs: number;
  /** The second extractor for HTML pages; url empty: none. */
  abstract readonly secondOpinion: { url: string; timeoutMs: number };
}

/** The sources registry and the fetching of feeds, listings, sitemaps and pages. */
export abstract class PollingConfig {
  /** A YAML registry upserted at start; empty: none. */
  abstract readonly sourcesFile: string;
  /** How often due sources are looked for; 0: polling off. */
  abstract readonly tickMs: number;
  abstract readonly hostMinIntervalMs: number;
  abstract readonly fetch: { timeoutMs: number; maxBytes: number; maxRedirects: number };
}

/** Which sources learn their template, and when a block counts as template. */
export abstract class TemplateConfig {
  abstract readonly learning: 'registered' | 'all' | 'off';
  abstract readonly minDocuments: number;
  abstract readonly minShare: number;
  abstract readonly window: number;
}

export const releasesConfig = (env: IngestEnv): ReleasesConfig => ({
  defaultSource: env.DEFAULT_SOURCE,
  defaultTimezone: env.DEFAULT_TIMEZONE,
  maxBodyBytes: env.MAX_BODY_BYTES,
  batchMaxLines: env.BATCH_MAX_LINES,
  nearDuplicateThreshold: env.NEAR_DUPLICATE_THRESHOLD,
  republishAfterMs: env.REPUBLISH_AFTER_MS,
  secondOpinion: { url: env.EXTRACTOR_URL, timeoutMs: env.EXTRACTOR_TIMEOUT_MS },
});

export const pollingConfig = (env: IngestEnv): PollingConfig => ({
  sourcesFile: env.SOURCES_FILE,
  tickMs: env.POLL_TICK_MS,
  hostMinIntervalMs: env.HOST_MIN_INTERVAL_MS,
  fetch: { timeoutMs: env.FETCH_TIMEOUT_MS, maxBytes: env.FETCH_MAX_BYTES, maxRedirects: env.FETCH_MAX_REDIRECTS },
});

export const templateConfig = (env: IngestEnv): TemplateConfig => ({
  learning: env.TEMPLATE_LEARNING,
  minDocuments: env.TEMPLATE_MIN_DOCUMENTS,
  minShare: env.TEMPLATE_MIN_SHARE,
  window: env.TEMPLATE_WINDOW,
});
