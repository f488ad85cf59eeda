import { describe, expect, it } from 'vitest';
import { APY_MAX_REQUEST_CHARS, splitForBackend } from './apertium.backend.js';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const sentence = (i: number) => `Sentence number ${String(i).padStart(2, '0')} talks about the ministry.`; // 46 chars

describe('splitForBackend', () => {
  it('returns a paragraph that fits as-is, in one piece', () => {
    const paragraph = 'A short paragraph. Two sentences!  ';
    expect(splitForBackend(paragraph, 100)).toEqual([paragraph]);
    expect(splitForBackend('x'.repeat(100), 100)).toEqual(['x'.repeat(100)]);
  });

  describe('a long paragraph of sentences', () => {
    const paragraph = Array.from({ length: 20 }, (_, i) => sentence(i)).join(' ');
    const chunks = splitForBackend(paragraph, 100);

    it('has no chunk over max and no empty chunk', () => {
      expect(chunks.length).toBeGreaterThan(1);
      for (const chunk of chunks) {
        expect(chunk.length).toBeLessThanOrEqual(100);
        expect(chunk.trim()).not.toBe('');
      }
    });

    it('keeps the whole text, in order, modulo whitespace', () => {
      expect(squash(chunks.join(' '))).toBe(squash(paragraph));
    });

    it('cuts only at sentence ends, packing as many whole sentences as fit', () => {
      expect(chunks).toHaveLength(10);
      expect(chunks[0]).toBe(`${sentence(0)} ${sentence(1)}`);
      for (const chunk of chunks) expect(chunk).toMatch(/^Sentence .*\.$/);
    });
  });

  it('treats ! ? and CJK full stops as sentence ends', () => {
    const cjk = '部长今天会见了他的同行。'; // 12 chars, no spaces
    expect(splitForBackend(cjk.repeat(10), 50)).toEqual([cjk.repeat(4), cjk.repeat(4), cjk.repeat(2)]);

    const mixed = 'Really? Yes! Indeed. '.repeat(5);
    for (const chunk of splitForBackend(mixed, 30)) expect(chunk).toMatch(/[?!.]$/);
  });

  it('splits a sentence longer than max at spaces, never inside a word', () => {
    const words = Array.from({ length: 60 }, (_, i) => `word${i}`);
    const paragraph = `${words.join(' ')}.`;
    const chunks = splitForBackend(paragraph, 50);

    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(50);
    expect(chunks.flatMap((c) => c.split(' '))).toEqual([...words.slice(0, -1), `${words.at(-1)}.`]);
  });

  it('hard-splits a single word longer than max', () => {
    const word = 'x'.repeat(250);
    expect(splitForBackend(word, 100)).toEqual(['x'.repeat(100), 'x'.repeat(100), 'x'.repeat(50)]);
  });

  it('hard-splits a huge word inside a paragraph without losing the text around it', () => {
    const paragraph = `Before it. ${'y'.repeat(230)} after it.`;
    const chunks = splitForBackend(paragraph, 100);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(100);
    expect(chunks.join('').replace(/\s+/g, '')).toBe(paragraph.replace(/\s+/g, ''));
  });

  it('keeps every request of a real-sized paragraph under the APY limit', () => {
    const paragraph = Array.from({ length: 120 }, (_, i) => sentence(i % 100)).join(' ');
    const chunks = splitForBackend(paragraph, APY_MAX_REQUEST_CHARS);
    expect(chunks.length).toBeGreaterThanOrEqual(Math.ceil(paragraph.length / APY_MAX_REQUEST_CHARS));
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(APY_MAX_REQUEST_CHARS);
    expect(squash(chunks.join(' '))).toBe(squash(paragraph));
  });
});

describe('splitForBackend keeps every character', () => {
  it('keeps punctuation runs that open a sentence or the paragraph', () => {
    const paragraph = `... ${'word '.repeat(30)}. !!! ${'more '.repeat(30)}?`;
    const chunks = splitForBackend(paragraph, 60);
    expect(chunks.join('').replace(/\s/g, '')).toBe(paragraph.replace(/\s/g, ''));
  });
});
