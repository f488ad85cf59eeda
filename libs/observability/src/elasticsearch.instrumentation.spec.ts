import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { elasticsearchOperation, instrumentElasticsearch, registry } from '@demarche/observability';

async function sample(name: string, labels: Record<string, string>): Promise<number> {
  const metric = (await registry.getMetricsAsJSON()).find((m) => m.name === name);
  const values = (metric?.values ?? []) as Array<{ labels: Record<string, unknown>; value: number; metricName?: string }>;
  const match = values.find(
    (v) => Object.entries(labels).every(([k, val]) => v.labels[k] === val) && (!v.metricName || v.metricName.endsWith('_count') || v.metricName === name),
  );
  return match?.value ?? 0;
}

describe('elasticsearchOperation', () => {
  it.each([
    ['POST', '/_bulk', 'bulk'],
    ['POST', '/releases-test/_search?q=x', 'search'],
    ['PUT', '/releases/_doc/rel_1', 'doc'],
    ['HEAD', '/', 'head'],
  ])('%s %s → %s', (method, path, op) => expect(elasticsearchOperation(method, path)).toBe(op));
});

describe('instrumentElasticsearch', () => {
  const response = (path: string, body: unknown, duration = 12) => ({
    body,
    statusCode: 200,
    meta: { request: { params: { method: 'POST', path } }, duration },
  });

  it('times requests and counts rejected bulk items by type, not version conflicts', async () => {
    const diagnostic = new EventEmitter();
    instrumentElasticsearch({ diagnostic });
    const before = await sample('demarche_elasticsearch_errors_total', { operation: 'bulk_item', reason: 'mapper_parsing_exception' });
    const timedBefore = await sample('demarche_elasticsearch_request_seconds', { operation: 'bulk', outcome: 'ok' });
    diagnostic.emit(
      'response',
      null,
      response('/_bulk', {
        errors: true,
        items: [
          { index: { status: 201 } },
          { index: { error: { type: 'mapper_parsing_exception' } } },
          { index: { error: { type: 'version_conflict_engine_exception' } } },
        ],
      }),
    );
    expect(await sample('demarche_elasticsearch_errors_total', { operation: 'bulk_item', reason: 'mapper_parsing_exception' })).toBe(before + 1);
    expect(await sample('demarche_elasticsearch_errors_total', { reason: 'version_conflict_engine_exception' })).toBe(0);
    expect(await sample('demarche_elasticsearch_request_seconds', { operation: 'bulk', outcome: 'ok' })).toBe(timedBefore + 1);
  });

  it('counts a failed request by HTTP status', async () => {
    const diagnostic = new EventEmitter();
    instrumentElasticsearch({ diagnostic });
    const error = Object.assign(new Error('unavailable'), { name: 'ResponseError' });
    diagnostic.emit('response', error, { statusCode: 503, meta: { request: { params: { method: 'POST', path: '/x/_search' } }, duration: 3 } });
    expect(await sample('demarche_elasticsearch_errors_total', { operation: 'search', reason: 'http_503' })).toBe(1);
  });
});
