import { describe, expect, it } from 'vitest';
import { parseInterval } from './sources.service.js';

describe('parseInterval', () => {
  it.each([
    [90, 90],
    ['90', 90],
    ['90s', 90],
    ['15m', 900],
    ['2h', 7200],
    ['1d', 86400],
  ])('reads %s as %s seconds', (input, seconds) => {
    expect(parseInterval(input)).toBe(seconds);
  });

  it('leaves anything else for validation to reject', () => {
    expect(parseInterval('soon')).toBe('soon');
  });
});
