import { describe, expect, it } from 'vitest';
import { bandKeys, decodeSignature, encodeSignature, minhashSignature, similarity } from './minhash.js';

const words = (n: number, seed: number) =>
  Array.from({ length: n }, (_, i) => `w${(i * 7919 + seed * 104729) % 100003}`).join(' ');

describe('minhash', () => {
  const base = words(300, 1);

  it('gives identical signatures for identical text', () => {
    expect(similarity(minhashSignature(base), minhashSignature(base))).toBe(1);
  });

  it('estimates a small edit as near-identical and shares a band key', () => {
    const edited = base.replace('w0 ', 'changed ').replace(/w\d+$/, 'another ending');
    const a = minhashSignature(base);
    const b = minhashSignature(edited);
    expect(similarity(a, b)).toBeGreaterThan(0.85);
    const shared = bandKeys(a).filter((k) => bandKeys(b).includes(k));
    expect(shared.length).toBeGreaterThan(5);
  });

  it('tells unrelated texts apart', () => {
    const a = minhashSignature(base);
    const b = minhashSignature(words(300, 2));
    expect(similarity(a, b)).toBeLessThan(0.1);
  });

  it('round-trips through its text encoding', () => {
    const signature = minhashSignature(base);
    expect(Array.from(decodeSignature(encodeSignature(signature)))).toEqual(Array.from(signature));
  });

  it('gives one key per band', () => {
    expect(bandKeys(minhashSignature(base))).toHaveLength(32);
  });
});
