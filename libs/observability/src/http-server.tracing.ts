import { context, SpanKind, SpanStatusCode, trace, type Context, type Span } from '@opentelemetry/api';
import {
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_HTTP_ROUTE,
  ATTR_URL_PATH,
  ATTR_URL_SCHEME,
} from '@opentelemetry/semantic-conventions';
import { contextFromHeaders, traceHeaders } from './trace-context.js';
import { tracer } from './tracing.js';

export interface ServerRequest {
  method: string;
  path: string;
  headers: Record<string, unknown>;
}

/** One HTTP request's SERVER span, held by the request until its response is finished. */
export interface ServerSpan {
  /** The `traceparent` to answer with, so a caller learns the trace its request started. */
  readonly traceparent: string | undefined;
  /** Runs `fn` with this span active (log lines and published events carry it). */
  run<T>(fn: () => T): T;
  /** Ends the span with the response status and, once routed, the route template. */
  end(statusCode: number, route?: string): void;
}

/**
 * Starts the SERVER span of an incoming request, continuing the caller's `traceparent` or
 * starting a trace (a release pushed to ingest starts its trace here). The span is named by
 * method until the route is known, then `GET /releases/:id` (never by URL: ids would explode
 * the span names).
 */
export function startServerSpan(req: ServerRequest): ServerSpan {
  const parent = contextFromHeaders(req.headers);
  const span: Span = tracer().startSpan(
    req.method,
    {
      kind: SpanKind.SERVER,
      attributes: { [ATTR_HTTP_REQUEST_METHOD]: req.method, [ATTR_URL_PATH]: req.path, [ATTR_URL_SCHEME]: 'http' },
    },
    parent,
  );
  const active: Context = trace.setSpan(parent, span);
  let ended = false;
  return {
    traceparent: traceHeaders(active).traceparent,
    run: (fn) => context.with(active, fn),
    end(statusCode, route) {
      if (ended) return;
      ended = true;
      span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, statusCode);
      if (route) {
        span.setAttribute(ATTR_HTTP_ROUTE, route);
        span.updateName(`${req.method} ${route}`);
      }
      // A 4xx is the caller's mistake; only the server's own failures mark the span.
      if (statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    },
  };
}
