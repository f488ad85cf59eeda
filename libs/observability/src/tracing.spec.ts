import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { trace } from '@opentelemetry/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInTrace, shutdownTracing, startTracing, traceHeaders, tracer, tracingOptionsFromEnv } from '@demarche/observability';

const TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';

describe('tracingOptionsFromEnv', () => {
  it('sends traces to <OTEL_EXPORTER_OTLP_ENDPOINT>/v1/traces and names spans after the service', () => {
    expect(tracingOptionsFromEnv('ingest', { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' })).toMatchObject({
      serviceName: 'ingest',
      tracesEndpoint: 'http://collector:4318/v1/traces',
    });
  });

  it('takes OTEL_EXPORTER_OTLP_TRACES_ENDPOINT as given, and OTEL_SERVICE_NAME over the default', () => {
    const options = tracingOptionsFromEnv('ingest', {
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://tempo:4318/otlp/traces',
      OTEL_SERVICE_NAME: 'demarche-ingest',
      OTEL_TRACES_SAMPLER: 'parentbased_traceidratio',
      OTEL_TRACES_SAMPLER_ARG: 0.25,
    });
    expect(options).toEqual({
      serviceName: 'demarche-ingest',
      tracesEndpoint: 'http://tempo:4318/otlp/traces',
      sampler: 'parentbased_traceidratio',
      samplerRatio: 0.25,
    });
  });

  it('exports nothing without an endpoint', () => {
    expect(tracingOptionsFromEnv('index', { OTEL_EXPORTER_OTLP_ENDPOINT: '', OTEL_SERVICE_NAME: '' })).toMatchObject({
      serviceName: 'index',
      tracesEndpoint: undefined,
    });
  });
});

describe('sampling', () => {
  it('keeps propagating the trace id of a trace it does not record', () => {
    startTracing({ serviceName: 'probe', sampler: 'parentbased_traceidratio', samplerRatio: 0 });
    const root = tracer().startSpan('root');
    expect(root.isRecording()).toBe(false);
    expect(root.spanContext().traceId).toMatch(/^[0-9a-f]{32}$/);
    root.end();
    // A caller that sampled its trace decides for us (parent-based).
    runInTrace(`00-${TRACE}-00f067aa0ba902b7-01`, () => expect(trace.getActiveSpan()?.isRecording()).toBe(true));
    runInTrace(`00-${TRACE}-00f067aa0ba902b7-00`, () => {
      expect(trace.getActiveSpan()?.isRecording()).toBe(false);
      expect(traceHeaders().traceparent).toMatch(new RegExp(`^00-${TRACE}-[0-9a-f]{16}-00$`));
    });
  });
});

describe('OTLP/HTTP export', () => {
  const bodies: Array<{ url?: string; type?: string; body: unknown }> = [];
  const receiver = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      bodies.push({ url: req.url, type: req.headers['content-type'], body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  let endpoint: string;

  beforeAll(async () => {
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

  it('sends finished spans as OTLP JSON with the service name, and flushes them on shutdown', async () => {
    startTracing(tracingOptionsFromEnv('probe', { OTEL_EXPORTER_OTLP_ENDPOINT: endpoint }));
    runInTrace(`00-${TRACE}-00f067aa0ba902b7-01`, () => undefined, 'rel_x', 'probe-work');
    await shutdownTracing();
    expect(bodies).toHaveLength(1);
    expect(bodies[0]).toMatchObject({ url: '/v1/traces', type: 'application/json' });
    const { resourceSpans } = bodies[0].body as {
      resourceSpans: Array<{
        resource: { attributes: Array<{ key: string; value: { stringValue?: string } }> };
        scopeSpans: Array<{ spans: Array<{ name: string; traceId: string; parentSpanId?: string }> }>;
      }>;
    };
    expect(resourceSpans[0].resource.attributes).toContainEqual({ key: 'service.name', value: { stringValue: 'probe' } });
    expect(resourceSpans[0].scopeSpans[0].spans[0]).toMatchObject({ name: 'probe-work', traceId: TRACE, parentSpanId: '00f067aa0ba902b7' });
  });
});
