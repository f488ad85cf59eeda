import { describe, expect, it } from 'vitest';
import { KeyedLock } from './keyed-lock.js';

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('KeyedLock', () => {
  it('serialises one key and lets others run, surviving a failure', async () => {
    const lock = new KeyedLock();
    const order: string[] = [];
    const task = (name: string, fail = false) => async () => {
      order.push(`start ${name}`);
      await tick();
      order.push(`end ${name}`);
      if (fail) throw new Error(name);
    };
    await Promise.allSettled([lock.run('a', task('a1', true)), lock.run('a', task('a2')), lock.run('b', task('b1'))]);
    expect(order.indexOf('end a1')).toBeLessThan(order.indexOf('start a2'));
    expect(order.indexOf('start b1')).toBeLessThan(order.indexOf('end a1'));
  });

  it('holds several keys at once without two tasks waiting on each other', async () => {
    const lock = new KeyedLock();
    const order: string[] = [];
    const task = (name: string) => async () => {
      order.push(`start ${name}`);
      await tick();
      order.push(`end ${name}`);
    };
    // Opposite orders of the same keys would deadlock if the keys were taken as given.
    await Promise.all([lock.runAll(['x', 'y'], task('xy')), lock.runAll(['y', 'x'], task('yx')), lock.run('z', task('z'))]);
    expect(order.indexOf('end xy')).toBeLessThan(order.indexOf('start yx'));
    expect(order.indexOf('start z')).toBeLessThan(order.indexOf('end xy'));
  });
});
