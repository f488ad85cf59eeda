import { randomUUID } from 'node:crypto';

/** CloudEvents Kafka binding, binary mode: attributes travel as `ce_*` headers. */
export const CeHeaders = {
  id: 'ce_id',
  source: 'ce_source',
  type: 'ce_type',
  time: 'ce_time',
  specVersion: 'ce_specversion',
  contentType: 'content-type',
  traceparent: 'traceparent',
} as const;

/** Headers added to a message parked in a dead-letter topic. */
export const DeadLetterHeaders = {
  error: 'x-error',
  code: 'x-error-code',
  stage: 'x-stage',
  attempts: 'x-attempts',
  topic: 'x-original-topic',
  partition: 'x-original-partition',
  offset: 'x-original-offset',
} as const;

export function cloudEventHeaders(type: string, producer: string, traceparent?: string): Record<string, string> {
  return {
    [CeHeaders.id]: randomUUID(),
    [CeHeaders.source]: `/demarche/${producer}`,
    [CeHeaders.type]: type,
    [CeHeaders.time]: new Date().toISOString(),
    [CeHeaders.specVersion]: '1.0',
    [CeHeaders.contentType]: 'application/json',
    ...(traceparent ? { [CeHeaders.traceparent]: traceparent } : {}),
  };
}
