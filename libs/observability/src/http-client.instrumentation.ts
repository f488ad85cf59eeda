import diagnostics from 'node:diagnostics_channel';
import { context, propagation, SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import { isTracingSuppressed } from '@opentelemetry/core';
import {
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_SERVER_ADDRESS,
  ATTR_SERVER_PORT,
  ATTR_URL_FULL,
} from '@opentelemetry/semantic-conventions';
import { Counter, Histogram } from 'prom-client';
import { registry } from './metrics.registry.js';
import { recordFailure } from './trace-context.js';
import { tracer } from './tracing.js';

export const httpClientSeconds = new Histogram({
  name: 'demarche_http_client_seconds',
  help: 'Outgoing HTTP calls made with fetch (translation backends, webhooks, ...), by origin and status class.',
  labelNames: ['origin', 'method', 'status'] as const,
  buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  registers: [registry],
});

export const httpClientErrors = new Counter({
  name: 'demarche_http_client_errors_total',
  help: 'Outgoing HTTP calls that failed after the request was sent (reset, timed out, aborted), by origin.',
  labelNames: ['origin', 'method'] as const,
  registers: [registry],
});

interface UndiciRequest {
  origin?: string | URL;
  method?: string;
  path?: string;
  addHeader?(name: string, value: string): unknown;
}

const started = new WeakMap<object, bigint>();
const spans = new WeakMap<object, Span>();
let installed = false;

/**
 * Times and traces every `fetch` of the process through undici's diagnostics channels:
 * translation backends, webhook deliveries and feed fetches are measured, get a CLIENT span
 * (child of the active span) and send its `traceparent`, without their services wrapping a
 * call. The Elasticsearch client's requests go through undici too and nest under its own span.
 */
export function instrumentHttpClient(): void {
  if (installed) return;
  installed = true;
  diagnostics.subscribe('undici:request:create', (message) => {
    const { request } = message as { request: UndiciRequest };
    started.set(request, process.hrtime.bigint());
    try {
      startClientSpan(request);
    } catch {
      // A throw in a diagnostics subscriber becomes an uncaught exception: tracing must never crash a call.
    }
  });
  diagnostics.subscribe('undici:request:headers', (message) => {
    const { request, response } = message as { request: UndiciRequest; response: { statusCode: number } };
    endClientSpan(request, response.statusCode);
    const start = started.get(request as object);
    if (start === undefined) return;
    started.delete(request as object);
    httpClientSeconds.observe(
      { origin: String(request.origin ?? ''), method: request.method ?? 'GET', status: `${Math.floor(response.statusCode / 100)}xx` },
      Number(process.hrtime.bigint() - start) / 1e9,
    );
  });
  diagnostics.subscribe('undici:request:error', (message) => {
    const { request, error } = message as { request: UndiciRequest; error?: unknown };
    endClientSpan(request, undefined, error ?? new Error('request failed'));
    if (!started.delete(request as object)) return;
    httpClientErrors.inc({ origin: String(request.origin ?? ''), method: request.method ?? 'GET' });
  });
}

/** The request is created in its caller's async context, so the active span is the caller's. */
function startClientSpan(request: UndiciRequest): void {
  const parent = context.active();
  if (isTracingSuppressed(parent)) return; // the OTLP exporter's own requests
  const method = request.method ?? 'GET';
  let url: URL | undefined;
  try {
    url = new URL(request.path ?? '/', String(request.origin ?? ''));
  } catch {
    url = undefined;
  }
  const span = tracer().startSpan(
    method,
    {
      kind: SpanKind.CLIENT,
      attributes: {
        [ATTR_HTTP_REQUEST_METHOD]: method,
        ...(url
          ? {
              // Without the query: it may hold keys (DeepL's auth_key) or personal data.
              [ATTR_URL_FULL]: `${url.origin}${url.pathname}`,
              [ATTR_SERVER_ADDRESS]: url.hostname,
              [ATTR_SERVER_PORT]: Number(url.port || (url.protocol === 'https:' ? 443 : 80)),
            }
          : {}),
      },
    },
    parent,
  );
  spans.set(request, span);
  const headers: Record<string, string> = {};
  propagation.inject(trace.setSpan(parent, span), headers);
  for (const [name, value] of Object.entries(headers)) request.addHeader?.(name, value);
}

function endClientSpan(request: UndiciRequest, statusCode?: number, error?: unknown): void {
  const span = spans.get(request);
  if (!span) return;
  spans.delete(request);
  if (statusCode !== undefined) {
    span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, statusCode);
    if (statusCode >= 400) {
      span.setAttribute('error.type', String(statusCode));
      span.setStatus({ code: SpanStatusCode.ERROR });
    }
  }
  if (error) recordFailure(span, error);
  span.end();
}
