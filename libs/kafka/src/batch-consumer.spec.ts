import { Logger } from '@nestjs/common';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { BatchConsumer, type ConsumedMessage, type MessageProcessor } from '@demarche/kafka';
import { fakeKafka, fetched } from './fake-kafka.stub.js';

const TOPIC = 'releases.enriched.v1';
const A = 'rel_3f2a9c0d1b7e4a5f6c8d9e0f';
const B = 'rel_9c0d1b7e4a5f6c8d9e0f3f2a';

describe('BatchConsumer', () => {
  let fake: ReturnType<typeof fakeKafka>;
  let processor: MessageProcessor;
  let seen: ConsumedMessage[];
  let consumer: BatchConsumer;

  beforeAll(() => Logger.overrideLogger(false));
  beforeEach(async () => {
    fake = fakeKafka();
    processor = { beforeApplicationShutdown: vi.fn() } as unknown as MessageProcessor;
    seen = [];
    const handle = vi.fn(async (message: ConsumedMessage) => void seen.push(message));
    consumer = new BatchConsumer(fake.kafka, processor, { groupId: 'demarche.index', lagIntervalMs: 60_000, handlers: { [TOPIC]: handle } });
    await consumer.start();
  });

  it("joins its group, subscribed from the beginning to its handlers' topics, consuming batches it resolves itself", () => {
    expect(fake.kafka.consumer).toHaveBeenCalledWith(expect.objectContaining({ groupId: 'demarche.index', allowAutoTopicCreation: false }));
    expect(fake.consumer.subscribe).toHaveBeenCalledWith({ topics: [TOPIC], fromBeginning: true });
    expect(fake.running()).toMatchObject({ autoCommit: true, eachBatchAutoResolve: false, partitionsConsumedConcurrently: 3 });
  });

  it('hands over each message with its key and headers as text and its value as bytes, then resolves every offset and commits', async () => {
    const headers = { ce_id: Buffer.from('7d8f2c1e'), ce_type: 'org.demarche.release.enriched.v1', many: [Buffer.from('a'), Buffer.from('b')] };
    const batch = [fetched(10, A, '{"id":1}', headers), fetched(11, null, 'not json')];
    const { resolved, commitOffsetsIfNecessary, heartbeat, error } = await fake.deliver(TOPIC, 2, batch);

    expect(error).toBeUndefined();
    expect(seen.map(({ heartbeat: _, ...message }) => message)).toEqual([
      { topic: TOPIC, partition: 2, offset: '10', timestamp: '1718000000000', key: A, value: Buffer.from('{"id":1}'), headers: { ce_id: '7d8f2c1e', ce_type: 'org.demarche.release.enriched.v1', many: 'a,b' } },
      { topic: TOPIC, partition: 2, offset: '11', timestamp: '1718000000000', key: null, value: Buffer.from('not json'), headers: {} },
    ]);
    expect(resolved).toEqual(['10', '11']);
    expect(heartbeat).toHaveBeenCalledTimes(2);
    expect(commitOffsetsIfNecessary).toHaveBeenCalledTimes(1);
    // The handler may keep the membership alive while it waits.
    await seen[0].heartbeat();
    expect(heartbeat).toHaveBeenCalledTimes(3);
  });

  it('runs the messages of one key one after another, in offset order, and other keys meanwhile', async () => {
    const log: string[] = [];
    const gates = new Map<string, () => void>();
    const handle = (message: ConsumedMessage) => {
      log.push(`start ${message.offset}`);
      return new Promise<void>((resolve) => gates.set(message.offset, () => (log.push(`end ${message.offset}`), resolve())));
    };
    fake = fakeKafka();
    await new BatchConsumer(fake.kafka, processor, { groupId: 'g', lagIntervalMs: 60_000, handlers: { [TOPIC]: handle } }).start();
    const delivered = fake.deliver(TOPIC, 0, [fetched(1, A), fetched(2, B), fetched(3, A)]);
    await vi.waitFor(() => expect(log).toEqual(['start 1', 'start 2']));
    gates.get('2')!();
    gates.get('1')!();
    await vi.waitFor(() => expect(log).toContain('start 3'));
    gates.get('3')!();
    expect((await delivered).resolved).toEqual(['1', '2', '3']);
    expect(log).toEqual(['start 1', 'start 2', 'end 2', 'end 1', 'start 3', 'end 3']);
  });

  it('resolves nothing from a failed message on, and fails the batch so that kafkajs fetches it again', async () => {
    const failure = new Error('aborted on shutdown');
    const handle = vi.fn(async (message: ConsumedMessage) => {
      if (message.offset === '6') throw failure;
    });
    fake = fakeKafka();
    await new BatchConsumer(fake.kafka, processor, { groupId: 'g', lagIntervalMs: 60_000, handlers: { [TOPIC]: handle } }).start();
    const { resolved, commitOffsetsIfNecessary, error } = await fake.deliver(TOPIC, 0, [fetched(5, A), fetched(6, B), fetched(7, 'rel_other')]);

    expect(error).toBe(failure);
    expect(resolved).toEqual(['5']);
    expect(handle).toHaveBeenCalledTimes(3); // the later message ran, but its offset stays unresolved
    expect(commitOffsetsIfNecessary).not.toHaveBeenCalled();
  });

  it("ends the processor's waits, then leaves the group", async () => {
    await consumer.stop();
    expect(processor.beforeApplicationShutdown).toHaveBeenCalledTimes(1);
    expect(fake.consumer.disconnect).toHaveBeenCalledTimes(1);
    const order = [vi.mocked(processor.beforeApplicationShutdown).mock.invocationCallOrder[0], fake.consumer.disconnect.mock.invocationCallOrder[0]];
    expect(order[0]).toBeLessThan(order[1]);
  });

  it("samples its group's lag while it runs, and no more once stopped", async () => {
    vi.useFakeTimers();
    try {
      fake = fakeKafka();
      const sampled = new BatchConsumer(fake.kafka, processor, { groupId: 'demarche.index', lagIntervalMs: 5_000, handlers: { [TOPIC]: vi.fn() } });
      await sampled.start();
      await vi.advanceTimersByTimeAsync(2_000); // the first sample comes early, then every lagIntervalMs
      expect(fake.admin.fetchOffsets).toHaveBeenCalledWith({ groupId: 'demarche.index' });
      await vi.advanceTimersByTimeAsync(5_000);
      expect(fake.admin.fetchOffsets).toHaveBeenCalledTimes(2);
      await sampled.stop();
      await vi.advanceTimersByTimeAsync(60_000);
      expect(fake.admin.fetchOffsets).toHaveBeenCalledTimes(2);
      expect(fake.admin.disconnect).toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });
});
