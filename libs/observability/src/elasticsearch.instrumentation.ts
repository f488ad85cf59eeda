import { elasticsearchErrors, elasticsearchSeconds } from './metrics.registry.js';

/** The part of `@elastic/elasticsearch`'s Client this needs: its diagnostic events. */
interface DiagnosticClient {
  diagnostic: { on(event: 'response', listener: (error: unknown, result: unknown) => void): unknown };
}

interface ResponseEvent {
  body?: { errors?: boolean; items?: Array<Record<string, { error?: { type?: string } }>> };
  statusCode?: number;
  meta?: { request?: { params?: { method?: string; path?: string } }; duration?: number };
}

/** `/_bulk` → `bulk`, `/releases-test/_search` → `search`, `/releases/_doc/rel_1` → `doc`. */
export function elasticsearchOperation(method = 'GET', path = '/'): string {
  const endpoint = path.split('?')[0].split('/').find((segment) => segment.startsWith('_'));
  return endpoint ? endpoint.slice(1) : method.toLowerCase();
}

/**
 * Times every request of an Elasticsearch client and counts failures — whole requests and,
 * for bulk, each rejected item by its error type — from the client's own diagnostics, so
 * services need no wrapping of their calls.
 */
export function instrumentElasticsearch(client: DiagnosticClient): void {
  client.diagnostic.on('response', (error, raw) => {
    const result = (raw ?? (error as { meta?: ResponseEvent } | null)?.meta ?? {}) as ResponseEvent;
    const params = result.meta?.request?.params;
    const operation = elasticsearchOperation(params?.method, params?.path);
    if (typeof result.meta?.duration === 'number') {
      elasticsearchSeconds.observe({ operation, outcome: error ? 'error' : 'ok' }, result.meta.duration / 1000);
    }
    if (error) {
      const status = result.statusCode ?? (error as { meta?: { statusCode?: number } }).meta?.statusCode;
      elasticsearchErrors.inc({ operation, reason: status ? `http_${status}` : ((error as Error).name ?? 'error') });
      return;
    }
    if (operation === 'bulk' && result.body?.errors) {
      for (const item of result.body.items ?? []) {
        const failure = Object.values(item)[0]?.error;
        // A version conflict is a replay of an older revision: expected, not an error.
        if (failure && failure.type !== 'version_conflict_engine_exception') {
          elasticsearchErrors.inc({ operation: 'bulk_item', reason: failure.type ?? 'unknown' });
        }
      }
    }
  });
}
