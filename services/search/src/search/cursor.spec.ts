import { BadRequestException } from '@nestjs/common';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor.js';

describe('cursor', () => {
  it('round-trips a search_after cursor and an offset cursor', () => {
    const after = { pit: 'abc', after: [1.5, 1700000000000, 'rel_x'], sort: 'relevance' as const };
    expect(decodeCursor(encodeCursor(after))).toEqual(after);
    const offset = { pit: 'abc', offset: 40, sort: 'date' as const };
    expect(decodeCursor(encodeCursor(offset))).toEqual(offset);
  });

  it.each([
    'not base64 json',
    Buffer.from('{"pit":""}').toString('base64url'),
    Buffer.from('{"pit":"x","sort":"relevance","after":[{"script":1}]}').toString('base64url'),
    Buffer.from('{"pit":"x","sort":"random"}').toString('base64url'),
    Buffer.from('{"pit":"x","sort":"date","offset":-5}').toString('base64url'),
  ])('rejects %s with a 400', (text) => {
    expect(() => decodeCursor(text)).toThrow(BadRequestException);
  });
});
