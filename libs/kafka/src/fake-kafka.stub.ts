import type { ConsumerRunConfig, EachBatchPayload, IHeaders, Kafka, KafkaMessage } from 'kafkajs';
import { vi } from 'vitest';

/** A record as kafkajs fetches it: key, value and headers as Buffers. */
export function fetched(offset: number, key: string | null, value = '{}', headers: IHeaders = {}): KafkaMessage {
  return { offset: String(offset), key: key === null ? null : Buffer.from(key), value: Buffer.from(value), headers, timestamp: '1718000000000', attributes: 0 } as KafkaMessage;
}

/** A kafkajs client with one consumer that records what it is asked, and hands it the batches a test delivers. */
export function fakeKafka() {
  let running: ConsumerRunConfig | undefined;
  const consumer = {
    connect: vi.fn(async () => undefined),
    subscribe: vi.fn(async () => undefined),
    run: vi.fn(async (config: ConsumerRunConfig) => {
      running = config;
    }),
    disconnect: vi.fn(async () => undefined),
  };
  const admin = {
    connect: vi.fn(async () => undefined),
    disconnect: vi.fn(async () => undefined),
    fetchOffsets: vi.fn(async () => []),
    fetchTopicOffsets: vi.fn(async () => []),
  };
  const kafka = { consumer: vi.fn(() => consumer), admin: vi.fn(() => admin) } as unknown as Kafka;

  /** One fetched batch through `eachBatch`: which offsets were resolved, and how it ended. */
  async function deliver(topic: string, partition: number, messages: KafkaMessage[]) {
    if (!running?.eachBatch) throw new Error('the consumer is not running');
    const resolved: string[] = [];
    const heartbeat = vi.fn(async () => undefined);
    const commitOffsetsIfNecessary = vi.fn(async () => undefined);
    const payload = { batch: { topic, partition, messages }, resolveOffset: (offset: string) => resolved.push(offset), heartbeat, commitOffsetsIfNecessary };
    const error = await running.eachBatch(payload as unknown as EachBatchPayload).then(() => undefined, (e: unknown) => e);
    return { resolved, heartbeat, commitOffsetsIfNecessary, error };
  }

  return { kafka, consumer, admin, deliver, running: () => running };
}
