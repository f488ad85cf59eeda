import type { NextFunction, Request, Response } from 'express';
import {
  childSpan,
  formatTraceparent,
  httpRequests,
  httpSeconds,
  parseTraceparent,
  runInSpan,
  secondsSince,
  type TraceParent,
} from '@demarche/observability';

/** The request's span, kept on the response so the trace interceptor finds it after body parsing. */
export const spanOf = (res: Response): TraceParent | undefined => res.locals.span as TraceParent | undefined;

/**
 * Express middleware: every request gets a span (continuing the caller's `traceparent`, or
 * starting a trace at ingest), answers with it in `traceparent`, and is counted and timed by
 * route template (not by URL, which would explode the label set).
 */
export function httpObservability(req: Request, res: Response, next: NextFunction): void {
  const start = process.hrtime.bigint();
  const span = childSpan(parseTraceparent(req.headers.traceparent));
  res.locals.span = span;
  res.setHeader('traceparent', formatTraceparent(span));
  res.once('finish', () => {
    const route = routeOf(req);
    if (route === '/metrics') return;
    httpRequests.inc({ method: req.method, route, status: String(res.statusCode) });
    httpSeconds.observe({ method: req.method, route }, secondsSince(start));
  });
  runInSpan(span, next);
}

function routeOf(req: Request): string {
  const path = (req.route as { path?: string } | undefined)?.path;
  if (path) return `${req.baseUrl}${path}`;
  return req.path.startsWith('/docs') ? '/docs' : 'unmatched';
}
