import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SpanKind } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { currentScope, instrumentHttpClient, runInTrace, startServerSpan, startTracing } from '@demarche/observability';

const TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const PARENT = `00-${TRACE}-00f067aa0ba902b7-01`;

let exporter: InMemorySpanExporter;
beforeEach(() => {
  exporter = new InMemorySpanExporter();
  startTracing({ serviceName: 'probe', spanProcessors: [new SimpleSpanProcessor(exporter)] });
});

describe('startServerSpan', () => {
  it('continues the caller trace, answers with its own span and is named by route once routed', () => {
    const span = startServerSpan({ method: 'POST', path: '/releases', headers: { traceparent: PARENT } });
    const inside = span.run(() => currentScope());
    expect(inside?.trace.traceId).toBe(TRACE);
    expect(span.traceparent).toBe(`00-${TRACE}-${inside?.trace.spanId}-01`);
    span.end(202, '/releases');
    span.end(500); // the 'close' after 'finish' changes nothing
    const [finished] = exporter.getFinishedSpans();
    expect(finished.kind).toBe(SpanKind.SERVER);
    expect(finished.name).toBe('POST /releases');
    expect(finished.parentSpanContext?.spanId).toBe('00f067aa0ba902b7');
    expect(finished.attributes).toMatchObject({
      'http.request.method': 'POST',
      'http.route': '/releases',
      'url.path': '/releases',
      'http.response.status_code': 202,
    });
    expect(finished.status.code).toBe(0);
  });

  it('starts a trace without a traceparent and marks a 5xx as failed', () => {
    const span = startServerSpan({ method: 'GET', path: '/x', headers: {} });
    span.end(503);
    const [finished] = exporter.getFinishedSpans();
    expect(finished.parentSpanContext).toBeUndefined();
    expect(finished.name).toBe('GET');
    expect(finished.status.code).toBe(2);
  });
});

describe('outbound fetch (undici diagnostics channels)', () => {
  const received: Array<string | undefined> = [];
  const server = createServer((req, res) => {
    received.push(req.headers.traceparent as string | undefined);
    res.statusCode = req.url?.startsWith('/missing') ? 404 : 200;
    res.end('ok');
  });
  let origin: string;

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    instrumentHttpClient();
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('makes a CLIENT span, child of the active span, and sends its traceparent', async () => {
    const parent = await runInTrace(PARENT, async () => {
      await (await fetch(`${origin}/translate?key=secret`)).text();
      return currentScope()?.trace.spanId;
    });
    const client = exporter.getFinishedSpans().find((s) => s.kind === SpanKind.CLIENT)!;
    expect(client.parentSpanContext?.spanId).toBe(parent);
    expect(received.at(-1)).toBe(`00-${TRACE}-${client.spanContext().spanId}-01`);
    expect(client.attributes).toMatchObject({
      'http.request.method': 'GET',
      'url.full': `${origin}/translate`, // never the query: it may hold a key
      'server.address': '127.0.0.1',
      'server.port': Number(new URL(origin).port),
      'http.response.status_code': 200,
    });
  });

  it('marks a 4xx answer and a refused connection as failed', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await runInTrace(PARENT, async () => {
      await (await fetch(`${origin}/missing`)).text();
      await fetch(`http://127.0.0.1:${closedPort}/`).catch(() => undefined);
    });
    const clients = exporter.getFinishedSpans().filter((s) => s.kind === SpanKind.CLIENT);
    expect(clients).toHaveLength(2);
    expect(clients.map((s) => s.status.code)).toEqual([2, 2]);
    expect(clients[0].attributes['http.response.status_code']).toBe(404);
  });
});
