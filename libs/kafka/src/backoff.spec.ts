import { afterEach, describe, expect, it, vi } from 'vitest';
import { backoffDelay } from '@demarche/kafka';

describe('backoffDelay', () => {
  afterEach(() => vi.restoreAllMocks());

  const withRandom = (r: number, attempt: number, base?: number, cap?: number) => {
    vi.spyOn(Math, 'random').mockReturnValue(r);
    return backoffDelay(attempt, base, cap);
  };

  it.each([
    [1, 100, 200],
    [2, 200, 400],
    [3, 400, 800],
    [6, 3_200, 6_400],
  ])('attempt %i waits between %i and %i ms', (attempt, low, high) => {
    expect(withRandom(0, attempt)).toBe(low);
    expect(withRandom(0.999_999, attempt)).toBe(high);
  });

  it('never exceeds the cap, however many attempts', () => {
    expect(withRandom(0.999_999, 7)).toBe(10_000);
    expect(withRandom(0.999_999, 1_000)).toBe(10_000);
    expect(withRandom(0, 1_000)).toBe(5_000);
  });

  it('treats attempt 0 and below as the first attempt', () => {
    expect(withRandom(0.999_999, 0)).toBe(200);
    expect(withRandom(0.999_999, -3)).toBe(200);
  });

  it('honours a custom base and cap', () => {
    expect(withRandom(0.999_999, 3, 50, 150)).toBe(150);
    expect(withRandom(0, 2, 50, 10_000)).toBe(50);
  });

  it('stays within [ceiling/2, ceiling] with real randomness', () => {
    for (let attempt = 1; attempt <= 10; attempt++) {
      const ceiling = Math.min(10_000, 200 * 2 ** (attempt - 1));
      for (let i = 0; i < 50; i++) {
        const delay = backoffDelay(attempt);
        expect(delay).toBeGreaterThanOrEqual(ceiling / 2);
        expect(delay).toBeLessThanOrEqual(ceiling);
      }
    }
  });
});
