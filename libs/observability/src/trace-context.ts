import {
  context,
  createContextKey,
  isSpanContextValid,
  propagation,
  ROOT_CONTEXT,
  SpanStatusCode,
  trace,
  type Context,
  type Span,
  type SpanOptions,
  type TextMapGetter,
} from '@opentelemetry/api';
import { ensureTracing, tracer } from './tracing.js';

/**
 * Trace context on top of the OpenTelemetry API: the active span (kept by the SDK's
 * async-hooks context manager) is what log lines and outgoing messages carry, and the W3C
 * `traceparent` header is read and written by the SDK's propagator.
 */
export interface TraceParent {
  traceId: string;
  spanId: string;
  flags: string;
}

/** What the code running now works for: the active span and, when known, the release. */
export interface TraceScope {
  trace: TraceParent;
  releaseId?: string;
}

/** Span attribute naming the release a span worked on, so a trace can be found by release id. */
export const ATTR_RELEASE_ID = 'demarche.release.id';

// A mutable holder: the release id is often learnt after the span started (ingest parses first).
const RELEASE = createContextKey('demarche.release');
type ReleaseHolder = { id?: string };

/** The active span and release, or undefined outside any span. */
export function currentScope(): TraceScope | undefined {
  ensureTracing();
  const active = context.active();
  const spanContext = trace.getSpanContext(active);
  if (!spanContext || !isSpanContextValid(spanContext)) return undefined;
  return {
    trace: {
      traceId: spanContext.traceId,
      spanId: spanContext.spanId,
      flags: spanContext.traceFlags.toString(16).padStart(2, '0'),
    },
    releaseId: (active.getValue(RELEASE) as ReleaseHolder | undefined)?.id,
  };
}

/** Records the release the current scope works on, so later log lines and the span carry it. */
export function setScopeRelease(releaseId: string): void {
  const active = context.active();
  const holder = active.getValue(RELEASE) as ReleaseHolder | undefined;
  if (holder) holder.id = releaseId;
  trace.getSpan(active)?.setAttribute(ATTR_RELEASE_ID, releaseId);
}

/** Reads header values whether they are strings, Buffers (kafkajs) or lists of either. */
export const headerGetter: TextMapGetter<Record<string, unknown> | undefined> = {
  keys: (carrier) => Object.keys(carrier ?? {}),
  get: (carrier, key) => {
    const value = carrier?.[key] ?? carrier?.[key.toLowerCase()];
    const text = (v: unknown) => (Buffer.isBuffer(v) ? v.toString('utf8') : typeof v === 'string' ? v : undefined);
    if (Array.isArray(value)) return value.map(text).filter((v): v is string => v !== undefined);
    return text(value);
  },
};

/** The context a remote caller sent in its `traceparent` / `tracestate` headers (root when none or malformed). */
export function contextFromHeaders(headers: Record<string, unknown> | undefined, base: Context = ROOT_CONTEXT): Context {
  ensureTracing();
  return propagation.extract(base, headers, headerGetter);
}

/** The `traceparent` (and `tracestate`) headers that continue the given context, the active one by default. */
export function traceHeaders(from: Context = context.active()): Record<string, string> {
  ensureTracing();
  const carrier: Record<string, string> = {};
  propagation.inject(from, carrier);
  return carrier;
}

/**
 * Runs `fn` in a new span, child of `parent`, ending the span when `fn` returns or its promise
 * settles; a throw or rejection marks the span as failed and is passed on.
 */
export function runInSpan<T>(name: string, options: SpanOptions, parent: Context, fn: (span: Span) => T, releaseId?: string): T {
  const span = tracer().startSpan(name, options, parent);
  if (releaseId) span.setAttribute(ATTR_RELEASE_ID, releaseId);
  const scope = trace.setSpan(parent, span).setValue(RELEASE, { id: releaseId ?? (parent.getValue(RELEASE) as ReleaseHolder | undefined)?.id });
  const fail = (error: unknown) => {
    recordFailure(span, error);
    span.end();
    throw error;
  };
  let result: T;
  try {
    result = context.with(scope, fn, undefined, span);
  } catch (error) {
    return fail(error);
  }
  if (result instanceof Promise) {
    return result.then((value) => {
      span.end();
      return value;
    }, fail) as T;
  }
  span.end();
  return result;
}

/** Runs `fn` as a new span of the trace in `traceparent` (a new trace when there is none). */
export function runInTrace<T>(traceparent: unknown, fn: () => T, releaseId?: string, name = 'work'): T {
  const parent = typeof traceparent === 'string' ? contextFromHeaders({ traceparent }) : ROOT_CONTEXT;
  return runInSpan(name, {}, parent, () => fn(), releaseId);
}

/** Marks a span as failed with the error's type and message. */
export function recordFailure(span: Span, error: unknown): void {
  const e = error instanceof Error ? error : new Error(String(error));
  span.recordException(e);
  span.setAttribute('error.type', e.name || 'Error');
  span.setStatus({ code: SpanStatusCode.ERROR, message: e.message.slice(0, 500) });
}
