import { context, diag, DiagLogLevel, propagation, trace, type Tracer } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  AlwaysOffSampler,
  AlwaysOnSampler,
  BatchSpanProcessor,
  NodeTracerProvider,
  ParentBasedSampler,
  TraceIdRatioBasedSampler,
  type Sampler,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME, ATTR_SERVICE_VERSION } from '@opentelemetry/semantic-conventions';

/** The OTEL_TRACES_SAMPLER values of the OpenTelemetry specification. */
export const TRACE_SAMPLERS = [
  'always_on',
  'always_off',
  'traceidratio',
  'parentbased_always_on',
  'parentbased_always_off',
  'parentbased_traceidratio',
] as const;
export type TraceSamplerName = (typeof TRACE_SAMPLERS)[number];

export interface TracingOptions {
  /** `service.name` of every span (OTEL_SERVICE_NAME, else the service's own name). */
  serviceName: string;
  serviceVersion?: string;
  /** Where spans are sent as OTLP/HTTP JSON; none: spans still carry context and log ids, nothing leaves the process. */
  tracesEndpoint?: string;
  sampler?: TraceSamplerName;
  /** The ratio of the `*traceidratio` samplers, 0 to 1. */
  samplerRatio?: number;
  /** Extra processors (tests collect finished spans in memory with one). */
  spanProcessors?: SpanProcessor[];
}

/** The environment variables the OpenTelemetry specification defines, as validated by `TracingEnv`. */
export interface TracingEnvSettings {
  OTEL_SERVICE_NAME?: string;
  OTEL_EXPORTER_OTLP_ENDPOINT?: string;
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?: string;
  OTEL_TRACES_SAMPLER?: TraceSamplerName;
  OTEL_TRACES_SAMPLER_ARG?: number;
}

export const TRACER_NAME = '@demarche/observability';

let provider: NodeTracerProvider | undefined;

/**
 * Options from the standard variables: the traces endpoint is OTEL_EXPORTER_OTLP_TRACES_ENDPOINT
 * as given, else OTEL_EXPORTER_OTLP_ENDPOINT + `/v1/traces` (the specification's rule).
 */
export function tracingOptionsFromEnv(serviceName: string, env: TracingEnvSettings): TracingOptions {
  const base = env.OTEL_EXPORTER_OTLP_ENDPOINT?.replace(/\/+$/, '');
  return {
    serviceName: env.OTEL_SERVICE_NAME || serviceName,
    tracesEndpoint: env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || (base ? `${base}/v1/traces` : undefined),
    sampler: env.OTEL_TRACES_SAMPLER,
    samplerRatio: env.OTEL_TRACES_SAMPLER_ARG,
  };
}

export function buildSampler(name: TraceSamplerName = 'parentbased_always_on', ratio = 1): Sampler {
  switch (name) {
    case 'always_on':
      return new AlwaysOnSampler();
    case 'always_off':
      return new AlwaysOffSampler();
    case 'traceidratio':
      return new TraceIdRatioBasedSampler(ratio);
    case 'parentbased_always_off':
      return new ParentBasedSampler({ root: new AlwaysOffSampler() });
    case 'parentbased_traceidratio':
      return new ParentBasedSampler({ root: new TraceIdRatioBasedSampler(ratio) });
    default:
      return new ParentBasedSampler({ root: new AlwaysOnSampler() });
  }
}

/**
 * Registers the OpenTelemetry SDK for this process: a tracer provider (async-hooks context, so
 * the active span follows awaits), the W3C `traceparent` propagator and, with an endpoint, a
 * batching OTLP/HTTP exporter. Calling it again replaces the previous set-up.
 */
export function startTracing(options: TracingOptions): void {
  if (provider) void provider.shutdown().catch(() => undefined);
  trace.disable();
  context.disable();
  propagation.disable();
  const processors = [...(options.spanProcessors ?? [])];
  if (options.tracesEndpoint) {
    processors.push(new BatchSpanProcessor(new OTLPTraceExporter({ url: options.tracesEndpoint })));
    reportExportProblems();
  }
  provider = new NodeTracerProvider({
    resource: resourceFromAttributes({
      [ATTR_SERVICE_NAME]: options.serviceName,
      ...(options.serviceVersion ? { [ATTR_SERVICE_VERSION]: options.serviceVersion } : {}),
    }),
    sampler: buildSampler(options.sampler, options.samplerRatio),
    spanProcessors: processors,
  });
  provider.register({ propagator: new W3CTraceContextPropagator() });
}

/**
 * Spans need a registered context manager to follow the code; processes that never called
 * startTracing (tests, the CLI) get one that exports nothing, on first use.
 */
export function ensureTracing(): void {
  if (!provider) startTracing({ serviceName: 'demarche' });
}

export function tracer(): Tracer {
  ensureTracing();
  return trace.getTracer(TRACER_NAME);
}

/**
 * Sends the spans still buffered and stops the provider; bounded, so an unreachable collector
 * cannot hold up a graceful shutdown.
 */
export async function shutdownTracing(timeoutMs = 3000): Promise<void> {
  const current = provider;
  if (!current) return;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    current.shutdown().catch(() => undefined),
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, timeoutMs);
      timer.unref();
    }),
  ]);
  clearTimeout(timer);
}

/** Export failures would otherwise vanish (the SDK reports through `diag`); one line a minute at most. */
function reportExportProblems(): void {
  let last = 0;
  const report = (message: string, ...args: unknown[]) => {
    if (Date.now() - last < 60_000) return;
    last = Date.now();
    const detail = args.map((a) => (a instanceof Error ? a.message : typeof a === 'string' ? a : '')).filter(Boolean).join(' ');
    process.stderr.write(`opentelemetry: ${message}${detail ? ` ${detail}` : ''}\n`);
  };
  diag.setLogger(
    { error: report, warn: report, info: () => undefined, debug: () => undefined, verbose: () => undefined },
    { logLevel: DiagLogLevel.WARN, suppressOverrideMessage: true },
  );
}
