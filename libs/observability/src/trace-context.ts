import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';

/**
 * W3C Trace Context (https://www.w3.org/TR/trace-context/) without an SDK: enough to follow
 * one release across services through the `traceparent` header of HTTP requests and Kafka
 * messages, and to stamp trace ids on log lines. The format is the one OpenTelemetry reads,
 * so an OTel collector or SDK added later continues the same traces.
 */
export interface TraceParent {
  traceId: string;
  spanId: string;
  flags: string;
}

const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?$/;
const INVALID_TRACE = '0'.repeat(32);
const INVALID_SPAN = '0'.repeat(16);

/** Parses a `traceparent` header; undefined when absent or malformed (then a new trace starts). */
export function parseTraceparent(header: unknown): TraceParent | undefined {
  if (typeof header !== 'string') return undefined;
  const match = TRACEPARENT.exec(header.trim().toLowerCase());
  if (!match) return undefined;
  const [, version, traceId, spanId, flags, rest] = match;
  // Version ff is forbidden; version 00 allows nothing after the flags.
  if (version === 'ff' || (version === '00' && rest)) return undefined;
  if (traceId === INVALID_TRACE || spanId === INVALID_SPAN) return undefined;
  return { traceId, spanId, flags };
}

export const formatTraceparent = (t: TraceParent): string => `00-${t.traceId}-${t.spanId}-${t.flags}`;

/** A new span: same trace as `parent` (or a new trace), new span id. */
export function childSpan(parent?: TraceParent): TraceParent {
  return {
    traceId: parent?.traceId ?? randomBytes(16).toString('hex'),
    spanId: randomBytes(8).toString('hex'),
    flags: parent?.flags ?? '01',
  };
}

/** What the code running now works for: the trace and, when known, the release. */
export interface TraceScope {
  trace: TraceParent;
  releaseId?: string;
}

const storage = new AsyncLocalStorage<TraceScope>();

export const currentScope = (): TraceScope | undefined => storage.getStore();

/** Runs `fn` as a new span of the trace in `traceparent` (a new trace when there is none). */
export function runInTrace<T>(traceparent: unknown, fn: () => T, releaseId?: string): T {
  return storage.run({ trace: childSpan(parseTraceparent(traceparent)), releaseId }, fn);
}

/** Runs `fn` in an existing span (one created by an earlier step of the same request). */
export function runInSpan<T>(trace: TraceParent, fn: () => T): T {
  return storage.run({ trace }, fn);
}

/** Records the release the current scope works on, so later log lines carry it. */
export function setScopeRelease(releaseId: string): void {
  const scope = storage.getStore();
  if (scope) scope.releaseId = releaseId;
}

/**
 * The `traceparent` to put on an outgoing message: a child of the given one, else of the
 * current scope, else a new trace. Each hop gets its own span id, the trace id stays.
 */
export function outgoingTraceparent(given?: string): string {
  return formatTraceparent(childSpan(parseTraceparent(given) ?? storage.getStore()?.trace));
}
