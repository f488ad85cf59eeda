import { readFileSync } from 'node:fs';
import { Logger } from '@nestjs/common';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { DeadLetterError, ReleaseIngestedV1 } from '@demarche/contracts';
import { MessageProcessor, type ConsumedMessage, type EventPublisher } from '@demarche/kafka';
import { currentScope, registry } from '@demarche/observability';

const TOPIC = 'metrics.probe.v1';
const SAMPLE = readFileSync(new URL('../../contracts/src/release-ingested/fixtures/v1.sample.json', import.meta.url));
const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';

function context(value: Buffer): ConsumedMessage {
  return {
    topic: TOPIC,
    partition: 0,
    offset: '7',
    timestamp: '0',
    key: 'rel_3f2a9c0d1b7e4a5f6c8d9e0f',
    value,
    headers: { ce_id: 'x', traceparent: `00-${TRACE_ID}-00f067aa0ba902b7-01` },
    heartbeat: async () => undefined,
  };
}

async function value(name: string, labels: Record<string, string>): Promise<number> {
  const metric = (await registry.getMetricsAsJSON()).find((m) => m.name === name);
  const values = (metric?.values ?? []) as Array<{ labels: Record<string, unknown>; value: number; metricName?: string }>;
  return (
    values.find((v) => Object.entries(labels).every(([k, l]) => v.labels[k] === l) && (!v.metricName || v.metricName === `${name}_count`))
      ?.value ?? 0
  );
}

describe('MessageProcessor metrics and trace scope', () => {
  beforeAll(() => Logger.overrideLogger(false));
  const publisher = { sendRaw: vi.fn(async () => undefined) } as unknown as EventPublisher;
  const processor = new MessageProcessor(publisher, { service: 'probe', brokers: ['127.0.0.1:9092'], consumers: { groupPrefix: 'test', lagIntervalMs: 60_000 } });

  it('counts and times a processed message, running the handler in the message trace with its release id', async () => {
    let scope: ReturnType<typeof currentScope>;
    await processor.process(context(SAMPLE), ReleaseIngestedV1, async () => {
      scope = currentScope();
    });
    expect(scope).toMatchObject({ trace: { traceId: TRACE_ID }, releaseId: 'rel_3f2a9c0d1b7e4a5f6c8d9e0f' });
    expect(await value('demarche_messages_consumed_total', { topic: TOPIC, outcome: 'processed' })).toBe(1);
    expect(await value('demarche_message_processing_seconds', { topic: TOPIC, outcome: 'processed' })).toBe(1);
  });

  it('counts a bad message as failed, dead-lettered and consumed', async () => {
    await processor.process(context(Buffer.from('not json')), ReleaseIngestedV1, async () => undefined);
    await processor.process(context(SAMPLE), ReleaseIngestedV1, async () => {
      throw new DeadLetterError('ES.MAPPING', 'rejected');
    });
    expect(await value('demarche_messages_failed_total', { topic: TOPIC, reason: 'bad_message' })).toBe(2);
    expect(await value('demarche_messages_consumed_total', { topic: TOPIC, outcome: 'dead_lettered' })).toBe(2);
    expect(await value('demarche_dead_letters_total', { topic: TOPIC })).toBeGreaterThanOrEqual(1);
  });
});
