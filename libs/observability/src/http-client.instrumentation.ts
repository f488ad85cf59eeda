import diagnostics from 'node:diagnostics_channel';
import { Counter, Histogram } from 'prom-client';
import { registry } from './metrics.registry.js';

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
}

const started = new WeakMap<object, bigint>();
let installed = false;

/**
 * Times every `fetch` of the process through undici's diagnostics channels: translation
 * backends and webhook deliveries are measured without their services wrapping a call.
 * Elasticsearch has its own client (see instrumentElasticsearch) and is not counted here.
 */
export function instrumentHttpClient(): void {
  if (installed) return;
  installed = true;
  diagnostics.subscribe('undici:request:create', (message) => {
    started.set((message as { request: object }).request, process.hrtime.bigint());
  });
  diagnostics.subscribe('undici:request:headers', (message) => {
    const { request, response } = message as { request: UndiciRequest; response: { statusCode: number } };
    const start = started.get(request as object);
    if (start === undefined) return;
    started.delete(request as object);
    httpClientSeconds.observe(
      { origin: String(request.origin ?? ''), method: request.method ?? 'GET', status: `${Math.floor(response.statusCode / 100)}xx` },
      Number(process.hrtime.bigint() - start) / 1e9,
    );
  });
  diagnostics.subscribe('undici:request:error', (message) => {
    const { request } = message as { request: UndiciRequest };
    if (!started.delete(request as object)) return;
    httpClientErrors.inc({ origin: String(request.origin ?? ''), method: request.method ?? 'GET' });
  });
}
