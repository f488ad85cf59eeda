import { context, isSpanContextValid, propagation, ROOT_CONTEXT, SpanKind, trace, type Context } from '@opentelemetry/api';
import { contextFromHeaders, runInSpan } from './trace-context.js';

// Messaging attributes are still "incubating" in the semantic conventions package, whose
// authors advise copying them rather than importing them (they may be renamed).
export const ATTR_MESSAGING_SYSTEM = 'messaging.system';
export const ATTR_MESSAGING_OPERATION_TYPE = 'messaging.operation.type';
export const ATTR_MESSAGING_OPERATION_NAME = 'messaging.operation.name';
export const ATTR_MESSAGING_DESTINATION_NAME = 'messaging.destination.name';
export const ATTR_MESSAGING_DESTINATION_PARTITION_ID = 'messaging.destination.partition.id';
export const ATTR_MESSAGING_KAFKA_MESSAGE_KEY = 'messaging.kafka.message.key';
export const ATTR_MESSAGING_KAFKA_OFFSET = 'messaging.kafka.offset';
export const ATTR_MESSAGING_MESSAGE_ID = 'messaging.message.id';

export interface OutgoingMessage {
  topic: string;
  key?: string;
  /**
   * The trace the message belongs to when it is not the active one: the consumed message's
   * `traceparent`, or one stored with a job that runs later (a pending translation).
   */
  traceparent?: string;
}

export interface IncomingMessage {
  topic: string;
  partition?: number;
  offset?: string;
  key?: string;
  /** The message's headers as kafkajs or Nest hand them over (strings or Buffers). */
  headers?: Record<string, unknown>;
}

/**
 * Sends one message inside a PRODUCER span (`send <topic>`): `send` gets the `traceparent`
 * headers of that span to put on the message, so the consumer's span becomes its child.
 */
export function withProducerSpan<T>(message: OutgoingMessage, send: (traceHeaders: Record<string, string>) => Promise<T>): Promise<T> {
  return runInSpan(
    `send ${message.topic}`,
    {
      kind: SpanKind.PRODUCER,
      attributes: {
        [ATTR_MESSAGING_SYSTEM]: 'kafka',
        [ATTR_MESSAGING_OPERATION_TYPE]: 'send',
        [ATTR_MESSAGING_OPERATION_NAME]: 'send',
        [ATTR_MESSAGING_DESTINATION_NAME]: message.topic,
        ...(message.key ? { [ATTR_MESSAGING_KAFKA_MESSAGE_KEY]: message.key } : {}),
      },
    },
    producerParent(message.traceparent),
    () => {
      const headers: Record<string, string> = {};
      propagation.inject(context.active(), headers);
      return send(headers);
    },
  );
}

/**
 * Runs the processing of one consumed message in a CONSUMER span (`process <topic>`), child of
 * (and linked to) the producer's span named by the message's `traceparent`; a message without
 * one starts a trace. Log lines inside carry the trace and the message key as release id.
 */
export function withConsumerSpan<T>(message: IncomingMessage, fn: () => Promise<T>): Promise<T> {
  const parent = contextFromHeaders(message.headers);
  const producer = trace.getSpanContext(parent);
  return runInSpan(
    `process ${message.topic}`,
    {
      kind: SpanKind.CONSUMER,
      links: producer && isSpanContextValid(producer) ? [{ context: producer }] : [],
      attributes: {
        [ATTR_MESSAGING_SYSTEM]: 'kafka',
        [ATTR_MESSAGING_OPERATION_TYPE]: 'process',
        [ATTR_MESSAGING_OPERATION_NAME]: 'process',
        [ATTR_MESSAGING_DESTINATION_NAME]: message.topic,
        ...(message.partition !== undefined ? { [ATTR_MESSAGING_DESTINATION_PARTITION_ID]: String(message.partition) } : {}),
        ...(message.offset !== undefined ? { [ATTR_MESSAGING_KAFKA_OFFSET]: Number(message.offset) } : {}),
        ...(message.key ? { [ATTR_MESSAGING_KAFKA_MESSAGE_KEY]: message.key } : {}),
        ...messageId(message.headers),
      },
    },
    parent,
    fn,
    message.key,
  );
}

/**
 * The active span, unless `traceparent` names another trace: a job replayed outside the
 * message that started it (or inside an unrelated request) continues the release's trace.
 */
function producerParent(traceparent: string | undefined): Context {
  const active = context.active();
  if (!traceparent) return active;
  const given = contextFromHeaders({ traceparent }, ROOT_CONTEXT);
  const givenSpan = trace.getSpanContext(given);
  if (!givenSpan || !isSpanContextValid(givenSpan)) return active;
  const activeSpan = trace.getSpanContext(active);
  return activeSpan && isSpanContextValid(activeSpan) && activeSpan.traceId === givenSpan.traceId ? active : given;
}

function messageId(headers: Record<string, unknown> | undefined): Record<string, string> {
  const id = headers?.ce_id;
  const text = Buffer.isBuffer(id) ? id.toString('utf8') : typeof id === 'string' ? id : undefined;
  return text ? { [ATTR_MESSAGING_MESSAGE_ID]: text } : {};
}
