import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Admin, Producer } from 'kafkajs';
import { guardRunWindow } from '../scripts/lib/kafka.mjs';
import { kafkaClient } from './support/env.js';
import { hex } from './support/feeds.js';

/** Tests, chaos and benchmarks publish on the shared topics; `npm start`'s groups must skip just their window. */
describe('a run on the shared topics', () => {
  const run = hex(4);
  const topic = `test.run-window.${run}`;
  const kafka = kafkaClient(`run-window-${run}`);
  let admin: Admin;
  let producer: Producer;
  const send = (n: number, tag: string) => producer.send({ topic, messages: Array.from({ length: n }, (_, i) => ({ value: `${tag}-${i}` })) });
  const committed = async (groupId: string) => (await admin.fetchOffsets({ groupId, topics: [topic] }))[0]!.partitions[0]!.offset;

  beforeAll(async () => {
    admin = kafka.admin();
    producer = kafka.producer();
    await Promise.all([admin.connect(), producer.connect()]);
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 1 }] });
  });
  afterAll(async () => {
    await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
    await Promise.all([admin.disconnect(), producer.disconnect()]);
  });

  it('moves idle caught-up groups and absent start groups past the run, and nothing before it', async () => {
    const [caughtUp, behind, absent] = ['caught-up', 'behind', 'absent'].map((g) => `run-window-${run}.${g}`);
    await send(3, 'before');
    await admin.setOffsets({ groupId: caughtUp, topic, partitions: [{ partition: 0, offset: '3' }] });
    await admin.setOffsets({ groupId: behind, topic, partitions: [{ partition: 0, offset: '1' }] });

    const skip = await guardRunWindow(admin, { topics: [topic], groupIds: [absent], exclude: (id: string) => !id.startsWith(`run-window-${run}.`) });
    await send(5, 'run');
    await skip();

    expect(await committed(caughtUp)).toBe('8'); // past the run's five messages
    expect(await committed(behind)).toBe('1'); // still owes two real messages: left alone
    expect(await committed(absent)).toBe('3'); // reads what came before the run, not the run
    await admin.deleteGroups([caughtUp, behind, absent]).catch(() => undefined);
  });
});
