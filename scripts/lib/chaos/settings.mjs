// Where a chaos run's services listen, which topics carry the pipeline, who consumes them, and the
// environment that keeps the run's services apart from the shared stack's.

export const PORTS = { SEARCH_PORT: 28080, INGEST_PORT: 28081, FEEDS_PORT: 28082, TRANSLATE_PORT: 28083, ENRICH_PORT: 28084, INDEX_PORT: 28085 };
export const urls = {
  ingest: `http://127.0.0.1:${PORTS.INGEST_PORT}`,
  feeds: `http://127.0.0.1:${PORTS.FEEDS_PORT}`,
  search: `http://127.0.0.1:${PORTS.SEARCH_PORT}`,
};
export const SERVICE_NAMES = ['search', 'ingest', 'feeds', 'translate', 'enrich', 'index'];

export const STAGE_TOPICS = {
  ingested: 'releases.ingested.v1',
  translated: 'releases.translated.v1',
  enriched: 'releases.enriched.v1',
  indexed: 'releases.indexed.v1',
};

/** Who consumes what: each consumer of a poisoned topic parks it once. */
export const CONSUMERS = {
  translate: [STAGE_TOPICS.ingested],
  enrich: [STAGE_TOPICS.translated],
  index: [STAGE_TOPICS.enriched],
  feeds: [STAGE_TOPICS.indexed],
  ingest: [STAGE_TOPICS.translated, STAGE_TOPICS.enriched, STAGE_TOPICS.indexed],
};

export const TOPIC_FEED = 'feeds.korean-peninsula.v1';

/** The services' environment: the run's consumer groups, index alias and SQLite files. */
export function serviceEnv({ prefix, alias, dataDir }) {
  return {
    ...PORTS,
    NODE_ENV: 'production',
    LOG_FORMAT: 'json',
    LOG_LEVEL: process.env.CHAOS_LOG_LEVEL ?? 'warn',
    KAFKA_GROUP_PREFIX: prefix,
    ELASTICSEARCH_ALIAS: alias,
    SQLITE_DIR: dataDir,
    // The run's releases are English: nothing to translate, the translate stage passes them on.
    TRANSLATION_TARGETS: 'en',
    TRANSLATION_SOURCE_TARGETS: '',
    // The receiver is on loopback; feeds refuses private targets unless told otherwise.
    WEBHOOK_ALLOW_PRIVATE_NETWORK: 'true',
    WEBHOOK_RETRY_MAX_MS: '10000',
    CONSUMER_LAG_INTERVAL_MS: '5000',
    // The run reads each release's ledger status back: no per-address rate limit on loopback.
    RATE_LIMIT_OPEN: '0',
  };
}
