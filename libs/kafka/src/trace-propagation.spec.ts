import { readFileSync } from 'node:fs';
import { Logger } from '@nestjs/common';
import { SpanKind } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-node';
import type { Kafka, KafkaMessage } from 'kafkajs';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ReleaseIngestedV1, Topics } from '@demarche/contracts';
import { EventPublisher, MessageProcessor, consumedMessage, type ConsumedMessage } from '@demarche/kafka';
import { currentScope, runInTrace, startTracing } from '@demarche/observability';

const SAMPLE = JSON.parse(
  readFileSync(new URL('../../contracts/src/release-ingested/fixtures/v1.sample.json', import.meta.url), 'utf8'),
) as ReleaseIngestedV1;
const TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';

type Record_ = { key: string; value: string; headers: Record<string, string> };

/** A Kafka client whose producer keeps what it is asked to send (the wire is not the point here). */
function recordingKafka(sent: Record_[]): Kafka {
  const producer = {
    connect: async () => undefined,
    disconnect: async () => undefined,
    sendBatch: async ({ topicMessages }: { topicMessages: { messages: Record_[] }[] }) => {
      for (const { messages } of topicMessages) sent.push(...messages);
      return [];
    },
  };
  return { producer: () => producer } as unknown as Kafka;
}

/** The record as a consumer sees it: kafkajs delivers key, value and headers as Buffers. */
function consumed(record: Record_, topic: string): ConsumedMessage {
  const message = {
    key: Buffer.from(record.key),
    value: Buffer.from(record.value),
    offset: '17',
    timestamp: '0',
    attributes: 0,
    headers: Object.fromEntries(Object.entries(record.headers).map(([k, v]) => [k, Buffer.from(v)])),
  } as KafkaMessage;
  return consumedMessage(message, topic, 3, async () => undefined);
}

const byName = (spans: ReadableSpan[], name: string) => spans.find((s) => s.name === name);

describe('trace context across a Kafka hop (publisher → headers → processor)', () => {
  const options = { service: 'probe', brokers: ['127.0.0.1:9092'], consumers: { groupPrefix: 'test', lagIntervalMs: 60_000 } };
  let exporter: InMemorySpanExporter;
  let sent: Record_[];
  let publisher: EventPublisher;
  let processor: MessageProcessor;

  beforeAll(() => Logger.overrideLogger(false));
  beforeEach(() => {
    exporter = new InMemorySpanExporter();
    startTracing({ serviceName: 'probe', spanProcessors: [new SimpleSpanProcessor(exporter)] });
    sent = [];
    publisher = new EventPublisher(recordingKafka(sent), options);
    processor = new MessageProcessor(publisher, options);
  });

  it('injects the PRODUCER span in the headers and makes the CONSUMER span its child, same trace', async () => {
    await runInTrace(`00-${TRACE}-00f067aa0ba902b7-01`, () => publisher.publish(ReleaseIngestedV1, SAMPLE));
    expect(sent).toHaveLength(1);
    const producer = byName(exporter.getFinishedSpans(), `send ${Topics.ReleaseIngestedV1}`)!;
    expect(producer.kind).toBe(SpanKind.PRODUCER);
    expect(sent[0].headers.traceparent).toBe(`00-${TRACE}-${producer.spanContext().spanId}-01`);
    expect(sent[0].headers).toMatchObject({ ce_type: ReleaseIngestedV1.type, ce_source: '/demarche/probe' });
    expect(producer.attributes).toMatchObject({
      'messaging.system': 'kafka',
      'messaging.operation.type': 'send',
      'messaging.destination.name': Topics.ReleaseIngestedV1,
      'messaging.kafka.message.key': SAMPLE.id,
    });

    let scope: ReturnType<typeof currentScope>;
    await processor.process(consumed(sent[0], Topics.ReleaseIngestedV1), ReleaseIngestedV1, async () => {
      scope = currentScope();
    });
    const consumer = byName(exporter.getFinishedSpans(), `process ${Topics.ReleaseIngestedV1}`)!;
    expect(consumer.kind).toBe(SpanKind.CONSUMER);
    expect(consumer.spanContext().traceId).toBe(TRACE);
    expect(consumer.parentSpanContext?.spanId).toBe(producer.spanContext().spanId);
    expect(consumer.links.map((l) => l.context.spanId)).toEqual([producer.spanContext().spanId]);
    expect(consumer.attributes).toMatchObject({
      'messaging.operation.type': 'process',
      'messaging.destination.name': Topics.ReleaseIngestedV1,
      'messaging.destination.partition.id': '3',
      'messaging.kafka.offset': 17,
      'messaging.kafka.message.key': SAMPLE.id,
      'messaging.message.id': sent[0].headers.ce_id,
      'demarche.release.id': SAMPLE.id,
    });
    // The handler runs in the consumer span: its log lines carry that span and the release.
    expect(scope).toMatchObject({ trace: { traceId: TRACE, spanId: consumer.spanContext().spanId }, releaseId: SAMPLE.id });
  });

  it('publishes from a handler as a child of the CONSUMER span, so the next hop stays in the trace', async () => {
    await runInTrace(`00-${TRACE}-00f067aa0ba902b7-01`, () => publisher.publish(ReleaseIngestedV1, SAMPLE));
    await processor.process(consumed(sent[0], Topics.ReleaseIngestedV1), ReleaseIngestedV1, (event, meta) =>
      publisher.publish({ topic: 'releases.next.v1', type: 'org.demarche.release.next.v1' }, event, meta.traceparent),
    );
    const consumer = byName(exporter.getFinishedSpans(), `process ${Topics.ReleaseIngestedV1}`)!;
    const next = byName(exporter.getFinishedSpans(), 'send releases.next.v1')!;
    expect(next.parentSpanContext?.spanId).toBe(consumer.spanContext().spanId);
    expect(sent[1].headers.traceparent).toBe(`00-${TRACE}-${next.spanContext().spanId}-01`);
  });

  it('continues a stored traceparent when publishing outside its trace (a pending job replayed later)', async () => {
    const stored = `00-${TRACE}-00f067aa0ba902b7-01`;
    await runInTrace(undefined, () => publisher.publish(ReleaseIngestedV1, SAMPLE, stored));
    expect(sent[0].headers.traceparent).toMatch(new RegExp(`^00-${TRACE}-[0-9a-f]{16}-01$`));
    expect(byName(exporter.getFinishedSpans(), `send ${Topics.ReleaseIngestedV1}`)?.parentSpanContext?.spanId).toBe('00f067aa0ba902b7');
  });

  it('starts a trace for a message that carries none', async () => {
    const record = { key: SAMPLE.id, value: JSON.stringify(SAMPLE), headers: { ce_id: 'x' } };
    let scope: ReturnType<typeof currentScope>;
    await processor.process(consumed(record, Topics.ReleaseIngestedV1), ReleaseIngestedV1, async () => {
      scope = currentScope();
    });
    const consumer = byName(exporter.getFinishedSpans(), `process ${Topics.ReleaseIngestedV1}`)!;
    expect(consumer.parentSpanContext).toBeUndefined();
    expect(consumer.links).toEqual([]);
    expect(scope?.trace.traceId).toBe(consumer.spanContext().traceId);
  });
});
