import { describe, expect, it } from 'vitest';
import { decodeRaw, encodeRaw } from './raw-codec.js';

describe('raw codec', () => {
  it('round-trips text and shrinks repetitive input', () => {
    const text = 'Заявление МИД — '.repeat(500);
    const encoded = encodeRaw(text);
    expect(encoded.rawEncoding).toBe('zlib-base64');
    expect(encoded.raw.length).toBeLessThan(Buffer.byteLength(text) / 10);
    expect(decodeRaw(encoded).toString('utf8')).toBe(text);
  });

  it('reads rows written before compression as plain text', () => {
    expect(decodeRaw({ raw: 'plain', rawEncoding: 'utf8' }).toString()).toBe('plain');
  });

  it('keeps bytes that are not UTF-8', () => {
    const bytes = Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]);
    expect(decodeRaw(encodeRaw(bytes)).equals(bytes)).toBe(true);
  });
});
