import { TEST_PORTS } from '../env.js';

export type ServiceName = 'search' | 'ingest' | 'feeds' | 'translate' | 'enrich' | 'index';

export const portOf: Record<ServiceName, number> = {
  search: TEST_PORTS.SEARCH_PORT,
  ingest: TEST_PORTS.INGEST_PORT,
  feeds: TEST_PORTS.FEEDS_PORT,
  translate: TEST_PORTS.TRANSLATE_PORT,
  enrich: TEST_PORTS.ENRICH_PORT,
  index: TEST_PORTS.INDEX_PORT,
};

/** `/health/ready` of one service under test: its status code (0 when it does not answer). */
export async function readiness(service: ServiceName): Promise<number> {
  return fetch(`http://127.0.0.1:${portOf[service]}/health/ready`, { signal: AbortSignal.timeout(5000) }).then(
    (res) => res.status,
    () => 0,
  );
}
