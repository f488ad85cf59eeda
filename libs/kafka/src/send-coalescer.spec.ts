import { describe, expect, it } from 'vitest';
import type { TopicMessages } from 'kafkajs';
import { SendCoalescer } from '@demarche/kafka';

/** A send whose requests are recorded and settled by the test. */
function manualSend() {
  const requests: { topicMessages: TopicMessages[]; settle: (error?: Error) => void }[] = [];
  const send = (topicMessages: TopicMessages[]) =>
    new Promise<void>((resolve, reject) => requests.push({ topicMessages, settle: (error) => (error ? reject(error) : resolve()) }));
  return { requests, send };
}

const msg = (key: string) => ({ key, value: key });
const keys = (t: TopicMessages) => t.messages.map((m) => m.key);
const tick = () => new Promise((r) => setImmediate(r));

describe('SendCoalescer', () => {
  it('sends what arrives in one turn of the event loop as one request, grouped by topic in call order', async () => {
    const { requests, send } = manualSend();
    const coalescer = new SendCoalescer(send);
    const sent = [coalescer.enqueue('a', [msg('1')]), coalescer.enqueue('b', [msg('2')]), coalescer.enqueue('a', [msg('3'), msg('4')])];
    await tick();
    expect(requests).toHaveLength(1);
    expect(requests[0].topicMessages.map((t) => [t.topic, keys(t)])).toEqual([
      ['a', ['1', '3', '4']],
      ['b', ['2']],
    ]);
    const told: number[] = [];
    sent.forEach((p, i) => void p.then(() => told.push(i)));
    await tick();
    expect(told).toEqual([]); // no caller hears of success before the broker answered
    requests[0].settle();
    await Promise.all(sent);
    expect(told.sort()).toEqual([0, 1, 2]);
  });

  it('holds what arrives while a request is in flight and sends it together next', async () => {
    const { requests, send } = manualSend();
    const coalescer = new SendCoalescer(send);
    const first = coalescer.enqueue('a', [msg('1')]);
    await tick();
    const later = [coalescer.enqueue('a', [msg('2')]), coalescer.enqueue('a', [msg('3')])];
    await tick();
    expect(requests).toHaveLength(1);
    requests[0].settle();
    await first;
    await tick();
    expect(requests).toHaveLength(2);
    expect(keys(requests[1].topicMessages[0])).toEqual(['2', '3']);
    requests[1].settle();
    await Promise.all(later);
  });

  it('fails exactly the callers of a failed request, and goes on with the next', async () => {
    const { requests, send } = manualSend();
    const coalescer = new SendCoalescer(send);
    const failed = coalescer.enqueue('a', [msg('1')]);
    await tick();
    const next = coalescer.enqueue('a', [msg('2')]);
    requests[0].settle(new Error('broker down'));
    await expect(failed).rejects.toThrow('broker down');
    await tick();
    requests[1].settle();
    await expect(next).resolves.toBeUndefined();
  });

  it('caps a request at maxMessages', async () => {
    const { requests, send } = manualSend();
    const coalescer = new SendCoalescer(send, 2);
    const all = coalescer.enqueue('a', [msg('1'), msg('2'), msg('3')]);
    await tick();
    expect(keys(requests[0].topicMessages[0])).toEqual(['1', '2']);
    requests[0].settle();
    await tick();
    expect(keys(requests[1].topicMessages[0])).toEqual(['3']);
    requests[1].settle();
    await all;
  });

  it('caps a request at maxBytes, so that no partition batch passes the broker limit; a larger message goes alone', async () => {
    const { requests, send } = manualSend();
    const coalescer = new SendCoalescer(send, 100, 10);
    const big = (key: string) => ({ key, value: 'x'.repeat(5) });
    const all = coalescer.enqueue('a', [big('1'), big('2'), big('3'), { key: 'huge', value: 'y'.repeat(50) }]);
    for (const expected of [['1'], ['2'], ['3'], ['huge']]) {
      await tick();
      expect(keys(requests.at(-1)!.topicMessages[0])).toEqual(expected);
      requests.at(-1)!.settle();
    }
    await all;
  });
});
