import { defaultBrokers, kafkaClient } from '../../scripts/lib/kafka.mjs';

/** Where the services under test listen: ports apart from `npm start`'s, so both can run at once. */
export const TEST_PORTS = {
  SEARCH_PORT: 18080,
  INGEST_PORT: 18081,
  FEEDS_PORT: 18082,
  TRANSLATE_PORT: 18083,
  ENRICH_PORT: 18084,
  INDEX_PORT: 18085,
};

export const ingestUrl = `http://127.0.0.1:${TEST_PORTS.INGEST_PORT}`;
export const searchUrl = `http://127.0.0.1:${TEST_PORTS.SEARCH_PORT}`;
export const brokers = defaultBrokers();
export { kafkaClient };
export const TEST_ALIAS = 'releases-test';
