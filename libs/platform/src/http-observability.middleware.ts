import type { NextFunction, Request, Response } from 'express';
import { httpRequests, httpSeconds, secondsSince, startServerSpan, type ServerSpan } from '@demarche/observability';

/** The request's span, kept on the response so the trace interceptor finds it after body parsing. */
export const spanOf = (res: Response): ServerSpan | undefined => res.locals.span as ServerSpan | undefined;

// Probes and scrapes arrive every few seconds: spans for them would drown the real traces.
const UNTRACED = /^\/(metrics|health)(\/|$)/;

/**
 * Express middleware: every request gets an OpenTelemetry SERVER span (continuing the caller's
 * `traceparent`, or starting a trace at ingest), answers with it in `traceparent`, and is
 * counted and timed by route template (not by URL, which would explode the label set).
 */
export function httpObservability(req: Request, res: Response, next: NextFunction): void {
  const start = process.hrtime.bigint();
  const span = UNTRACED.test(req.path) ? undefined : startServerSpan({ method: req.method, path: req.path, headers: req.headers });
  res.locals.span = span;
  if (span?.traceparent) res.setHeader('traceparent', span.traceparent);
  res.once('finish', () => {
    const route = routeOf(req);
    span?.end(res.statusCode, spanRoute(route));
    if (route === '/metrics') return;
    httpRequests.inc({ method: req.method, route, status: String(res.statusCode) });
    httpSeconds.observe({ method: req.method, route }, secondsSince(start));
  });
  // A client that hangs up never sees `finish`; the span still ends.
  res.once('close', () => span?.end(res.statusCode, spanRoute(routeOf(req))));
  if (span) span.run(next);
  else next();
}

function routeOf(req: Request): string {
  const path = (req.route as { path?: string } | undefined)?.path;
  if (path) return `${req.baseUrl}${path}`;
  return req.path.startsWith('/docs') ? '/docs' : 'unmatched';
}

const spanRoute = (route: string): string | undefined => (route === 'unmatched' ? undefined : route);
