import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SpanKind } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createElasticClient } from '@demarche/elastic';
import { currentScope, instrumentHttpClient, runInTrace, startTracing } from '@demarche/observability';

/**
 * The Elasticsearch client (@elastic/transport) makes its own OpenTelemetry spans through the
 * global API: with our tracer registered they join the active trace, no wrapping needed.
 */
describe('Elasticsearch requests in the trace', () => {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json', 'x-elastic-product': 'Elasticsearch' });
      res.end(JSON.stringify({ took: 1, timed_out: false, hits: { total: { value: 0, relation: 'eq' }, hits: [] } }));
    });
  });
  let url: string;

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('gives each request a CLIENT span, child of the active span, named by API', async () => {
    const exporter = new InMemorySpanExporter();
    startTracing({ serviceName: 'probe', spanProcessors: [new SimpleSpanProcessor(exporter)] });
    instrumentHttpClient();
    const client = createElasticClient(url);
    const parent = await runInTrace('00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01', async () => {
      await client.search({ index: 'releases-test', query: { match_all: {} } });
      return currentScope()?.trace.spanId;
    });
    await client.close();
    const search = exporter.getFinishedSpans().find((s) => s.name === 'search')!;
    expect(search.kind).toBe(SpanKind.CLIENT);
    expect(search.spanContext().traceId).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(search.parentSpanContext?.spanId).toBe(parent);
    expect(search.attributes).toMatchObject({ 'db.system': 'elasticsearch', 'db.operation.name': 'search', 'db.collection.name': 'releases-test' });
  });
});
