import { Client } from '@elastic/elasticsearch';

/** One client per process. 9.x has no request timeout by default, so set one. */
export function createElasticClient(url: string, requestTimeoutMs = 10_000): Client {
  return new Client({ node: url, requestTimeout: requestTimeoutMs, maxRetries: 2, compression: false });
}

/** Connection failures, timeouts, 429 and 5xx: the cluster is not there right now, try again later. */
export function isElasticUnavailable(error: unknown): boolean {
  const e = error as { name?: string; meta?: { statusCode?: number } };
  if (['ConnectionError', 'TimeoutError', 'NoLivingConnectionsError'].includes(e?.name ?? '')) return true;
  const status = e?.meta?.statusCode;
  return status === 429 || (status !== undefined && status >= 500);
}
