import { describe, expect, it } from 'vitest';
import { withoutRepeats } from './without-repeats.js';

const item = (id: string, contentHash: string) => ({ event: { id, contentHash } });
const ids = (groups: { event: { id: string } }[][]) => groups.map((g) => g.map((p) => p.event.id));

describe('withoutRepeats', () => {
  it('keeps distinct releases together, in order', () => {
    expect(ids(withoutRepeats([item('a', '1'), item('b', '2'), item('c', '3')]))).toEqual([['a', 'b', 'c']]);
  });

  it('starts a new group where an id or a text repeats, so the repeat sees the group before it recorded', () => {
    const groups = withoutRepeats([item('a', '1'), item('b', '2'), item('c', '1'), item('b', '4'), item('d', '5')]);
    expect(ids(groups)).toEqual([['a', 'b'], ['c', 'b', 'd']]);
  });

  it('caps a group', () => {
    expect(ids(withoutRepeats([item('a', '1'), item('b', '2'), item('c', '3')], 2))).toEqual([['a', 'b'], ['c']]);
  });
});
