import { describe, expect, it, vi } from 'vitest';
import { BulkBatcher } from './bulk-batcher.js';

const echo = async (items: number[]) => items.map((i) => ({ status: 'fulfilled' as const, value: i * 10 }));

describe('BulkBatcher', () => {
  it('sends one batch once maxItems are pending, and settles each caller with its own item', async () => {
    const send = vi.fn(echo);
    const batcher = new BulkBatcher<number, number>({ maxItems: 3, maxBytes: 1e6, maxWaitMs: 10_000 }, send);
    const results = await Promise.all([1, 2, 3].map((i) => batcher.add(i, 10)));
    expect(results).toEqual([10, 20, 30]);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith([1, 2, 3]);
  });

  it('sends a partial batch after maxWaitMs', async () => {
    const send = vi.fn(echo);
    const batcher = new BulkBatcher<number, number>({ maxItems: 100, maxBytes: 1e6, maxWaitMs: 20 }, send);
    const started = Date.now();
    expect(await Promise.all([batcher.add(1, 1), batcher.add(2, 1)])).toEqual([10, 20]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(15);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('starts a new batch rather than passing maxBytes', async () => {
    const send = vi.fn(echo);
    const batcher = new BulkBatcher<number, number>({ maxItems: 100, maxBytes: 100, maxWaitMs: 5 }, send);
    await Promise.all([batcher.add(1, 60), batcher.add(2, 60), batcher.add(3, 30)]);
    expect(send.mock.calls.map(([items]) => items)).toEqual([[1], [2, 3]]);
  });

  it('rejects only the items that failed', async () => {
    const batcher = new BulkBatcher<number, number>({ maxItems: 2, maxBytes: 1e6, maxWaitMs: 10_000 }, async (items) =>
      items.map((i) => (i === 2 ? { status: 'rejected', reason: new Error('bad 2') } : { status: 'fulfilled', value: i })),
    );
    const [one, two] = await Promise.allSettled([batcher.add(1, 1), batcher.add(2, 1)]);
    expect(one).toEqual({ status: 'fulfilled', value: 1 });
    expect(two).toMatchObject({ status: 'rejected', reason: { message: 'bad 2' } });
  });

  it('rejects every item of a batch whose request failed', async () => {
    const batcher = new BulkBatcher<number, number>({ maxItems: 2, maxBytes: 1e6, maxWaitMs: 10_000 }, async () => {
      throw new Error('cluster down');
    });
    const results = await Promise.allSettled([batcher.add(1, 1), batcher.add(2, 1)]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
  });

  it('drain sends what is pending and waits for it', async () => {
    const send = vi.fn(echo);
    const batcher = new BulkBatcher<number, number>({ maxItems: 100, maxBytes: 1e6, maxWaitMs: 60_000 }, send);
    const pending = batcher.add(7, 1);
    await batcher.drain();
    expect(send).toHaveBeenCalledWith([7]);
    expect(await pending).toBe(70);
  });
});
