import { describe, expect, it } from 'vitest';
import { LogCursor } from './log-cursor.js';

const rows = (...seqs: number[]) => seqs.map((seq) => ({ seq }));
const seqs = (r: Array<{ seq: number }>) => r.map((x) => x.seq);

describe('LogCursor', () => {
  it('passes contiguous rows on in order, once', () => {
    const cursor = new LogCursor(4, 1000);
    expect(seqs(cursor.advance(rows(5, 6, 7), 0))).toEqual([5, 6, 7]);
    expect(seqs(cursor.advance(rows(6, 7, 8), 10))).toEqual([8]);
    expect(cursor.position).toBe(8);
  });

  it('holds rows after a hole until the late commit fills it', () => {
    const cursor = new LogCursor(9, 1000);
    expect(seqs(cursor.advance(rows(11, 12), 0))).toEqual([]);
    expect(seqs(cursor.advance(rows(11, 12), 500))).toEqual([]);
    expect(seqs(cursor.advance(rows(10, 11, 12), 600))).toEqual([10, 11, 12]);
  });

  it('passes a hole that stayed open longer than the wait (a rolled-back insert)', () => {
    const cursor = new LogCursor(9, 1000);
    expect(seqs(cursor.advance(rows(11), 0))).toEqual([]);
    expect(seqs(cursor.advance(rows(11, 12), 999))).toEqual([]);
    expect(seqs(cursor.advance(rows(11, 12, 14), 1000))).toEqual([11, 12]);
    // A new hole (after 12) gets its own wait.
    expect(seqs(cursor.advance(rows(14), 1500))).toEqual([]);
    expect(seqs(cursor.advance(rows(14), 2000))).toEqual([14]);
  });
});
