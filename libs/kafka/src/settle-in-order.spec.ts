import { describe, expect, it } from 'vitest';
import { settleInOrder } from './settle-in-order.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const msg = (offset: number, key: string | null) => ({ offset: String(offset), key });

describe('settleInOrder', () => {
  it('runs different keys at once and settles offsets in order', async () => {
    const started: string[] = [];
    const settled: string[] = [];
    const t0 = Date.now();
    await settleInOrder(
      [msg(1, 'a'), msg(2, 'b'), msg(3, 'c')],
      async (m) => {
        started.push(m.offset);
        await sleep(m.offset === '1' ? 60 : 10); // the first finishes last
      },
      (offset) => void settled.push(offset),
    );
    expect(started).toEqual(['1', '2', '3']);
    expect(settled).toEqual(['1', '2', '3']);
    expect(Date.now() - t0).toBeLessThan(110);
  });

  it('runs messages of one key one after another', async () => {
    const events: string[] = [];
    await settleInOrder(
      [msg(1, 'a'), msg(2, 'a'), msg(3, 'b')],
      async (m) => {
        events.push(`start ${m.offset}`);
        await sleep(m.offset === '1' ? 30 : 1);
        events.push(`end ${m.offset}`);
      },
      () => undefined,
    );
    expect(events.indexOf('start 2')).toBeGreaterThan(events.indexOf('end 1'));
    expect(events.indexOf('start 3')).toBeLessThan(events.indexOf('end 1'));
  });

  it('stops settling at the first failure, waits for the rest, and rethrows', async () => {
    const settled: string[] = [];
    let finished = 0;
    await expect(
      settleInOrder(
        [msg(1, 'a'), msg(2, 'b'), msg(3, 'c')],
        async (m) => {
          await sleep(m.offset === '3' ? 40 : 5);
          finished++;
          if (m.offset === '2') throw new Error('shutting down');
        },
        (offset) => void settled.push(offset),
      ),
    ).rejects.toThrow('shutting down');
    expect(settled).toEqual(['1']);
    expect(finished).toBe(3);
  });

  it('does not run a later message of a key whose earlier message failed', async () => {
    const ran: string[] = [];
    await expect(
      settleInOrder(
        [msg(1, 'a'), msg(2, 'a')],
        async (m) => {
          ran.push(m.offset);
          if (m.offset === '1') throw new Error('aborted');
        },
        () => undefined,
      ),
    ).rejects.toThrow('aborted');
    expect(ran).toEqual(['1']);
  });
});
