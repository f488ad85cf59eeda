import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-node';
import { beforeEach, describe, expect, it } from 'vitest';
import { contextFromHeaders, currentScope, runInTrace, setScopeRelease, startTracing, traceHeaders } from '@demarche/observability';

const TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const PARENT = `00-${TRACE}-00f067aa0ba902b7-01`;

describe('trace context on OpenTelemetry', () => {
  let exporter: InMemorySpanExporter;
  beforeEach(() => {
    exporter = new InMemorySpanExporter();
    startTracing({ serviceName: 'probe', spanProcessors: [new SimpleSpanProcessor(exporter)] });
  });

  it('continues the given trace inside runInTrace, with a span of its own, and is gone outside', async () => {
    expect(currentScope()).toBeUndefined();
    await runInTrace(PARENT, async () => {
      await new Promise((r) => setTimeout(r, 1));
      setScopeRelease('rel_1');
      const scope = currentScope();
      expect(scope).toMatchObject({ trace: { traceId: TRACE, flags: '01' }, releaseId: 'rel_1' });
      expect(scope?.trace.spanId).toMatch(/^[0-9a-f]{16}$/);
      expect(scope?.trace.spanId).not.toBe('00f067aa0ba902b7');
      // What an outgoing request or message carries: this span, same trace.
      expect(traceHeaders().traceparent).toBe(`00-${TRACE}-${scope?.trace.spanId}-01`);
    });
    expect(currentScope()).toBeUndefined();
    const [span] = exporter.getFinishedSpans();
    expect(span.parentSpanContext?.spanId).toBe('00f067aa0ba902b7');
    expect(span.attributes['demarche.release.id']).toBe('rel_1');
  });

  it('starts a new trace without a (valid) parent', () => {
    const a = runInTrace(undefined, () => currentScope());
    const b = runInTrace('00-00000000000000000000000000000000-00f067aa0ba902b7-01', () => currentScope());
    expect(a?.trace.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(b?.trace.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(a?.trace.traceId).not.toBe(b?.trace.traceId);
    expect(b?.trace.traceId).not.toBe('0'.repeat(32));
  });

  it('ends the span when the work fails, marking it failed, and passes the error on', async () => {
    await expect(runInTrace(PARENT, async () => Promise.reject(new TypeError('boom')))).rejects.toThrow('boom');
    const [span] = exporter.getFinishedSpans();
    expect(span.status).toMatchObject({ code: 2, message: 'boom' });
    expect(span.attributes['error.type']).toBe('TypeError');
  });

  it.each([
    ['garbage', 'hello'],
    ['all-zero span id', `00-${TRACE}-0000000000000000-01`],
    ['forbidden version ff', `ff-${TRACE}-00f067aa0ba902b7-01`],
    ['short trace id', '00-4bf92f3577b34da6a3ce929d0e0e47-00f067aa0ba902b7-01'],
  ])('ignores a malformed traceparent (%s)', (_, traceparent) => {
    expect(traceHeaders(contextFromHeaders({ traceparent }))).toEqual({});
  });

  it('reads a traceparent given as a Buffer, as kafkajs hands headers over', () => {
    expect(traceHeaders(contextFromHeaders({ traceparent: Buffer.from(PARENT) })).traceparent).toBe(PARENT);
  });
});
