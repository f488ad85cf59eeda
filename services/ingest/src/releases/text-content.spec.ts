import { describe, expect, it } from 'vitest';
import { UnprocessableReleaseError } from './release.errors.js';
import { textContent } from './text-content.js';

describe('textContent', () => {
  it('passes clean text through unchanged', () => {
    expect(textContent('Title\n\n\tBody text.\r\n')).toBe('Title\n\n\tBody text.\r\n');
  });

  it('removes a few stray control characters (NUL cannot be stored)', () => {
    expect(textContent(`Title\u0000 here\n\n${'A long and ordinary paragraph of text. '.repeat(5)}\u0007`)).not.toMatch(/[\u0000\u0007]/);
  });

  it('refuses binary data with INGEST.BINARY', () => {
    const binary = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)).toString('latin1');
    expect(() => textContent(binary)).toThrow(UnprocessableReleaseError);
    expect(() => textContent(binary)).toThrow(expect.objectContaining({ code: 'INGEST.BINARY' }));
  });
});
