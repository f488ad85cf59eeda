import { describe, expect, it } from 'vitest';
import { extractRelease } from './extract-release.js';
import { ExtractionError, ExtractionErrorCode, isExtractionError } from './extraction.error.js';
import type { ExtractInput } from './extract-release.types.js';

const codeOf = (input: ExtractInput): string | undefined => {
  try {
    extractRelease(input);
    return undefined;
  } catch (error) {
    if (!isExtractionError(error)) throw error;
    return error.code;
  }
};

describe('extractRelease — inputs with no usable release', () => {
  it.each([
    ['title only', { content: 'Statement on the elections', format: 'text' }],
    ['title and dateline only', { content: 'Statement on the elections\n\n5 September 2017', format: 'text' }],
    ['title then furniture', { content: 'Statement on the elections\n\nPopular articles\n\nRead also', format: 'text' }],
    ['HTML title only', { content: '<html><head><title>Statement</title></head><body></body></html>', format: 'html' }],
  ] as [string, ExtractInput][])('%s is a release whose body is its title', (_name, input) => {
    const release = extractRelease(input);
    expect(release.paragraphs).toEqual([release.title]);
  });

  it('derives a title for HTML prose without a headline', () => {
    const release = extractRelease({ content: '<p>Only one paragraph of text that is not a headline.</p>', format: 'html' });
    expect(release).toMatchObject({ title: 'Only one paragraph of text that is not a headline', titleSource: 'derived' });
  });

  it.each([
    ['empty text', { content: '', format: 'text' }, 'EXTRACT.EMPTY'],
    ['blank text', { content: ' \n\u00a0\n\t', format: 'text' }, 'EXTRACT.EMPTY'],
    ['punctuation only', { content: '*** — ...', format: 'text' }, 'EXTRACT.EMPTY'],
    ['empty HTML', { content: '', format: 'html' }, 'EXTRACT.EMPTY'],
    ['HTML with only a script', { content: '<html><body><script>x()</script></body></html>', format: 'html' }, 'EXTRACT.EMPTY'],
    ['furniture only', { content: 'Popular articles\n\nRead also\n\n(91-11) 2611-0640', format: 'text' }, 'EXTRACT.NO_BODY'],
    ['unknown timezone', { content: 'Title\n\nBody text.', format: 'text', timezone: 'Mars/Olympus' }, 'EXTRACT.BAD_TIMEZONE'],
    ['unknown format', { content: 'Title\n\nBody text.', format: 'pdf' as 'text' }, 'EXTRACT.BAD_FORMAT'],
  ] as [string, ExtractInput, string][])('%s → %s', (_name, input, code) => {
    expect(codeOf(input)).toBe(code);
  });

  it('throws a non-retriable ExtractionError with a stable code', () => {
    expect(() => extractRelease({ content: '', format: 'text' })).toThrow(ExtractionError);
    const error = new ExtractionError(ExtractionErrorCode.NO_BODY, 'x');
    expect(error.retriable).toBe(false);
    expect(error.name).toBe('ExtractionError');
    expect(isExtractionError(error)).toBe(true);
    expect(isExtractionError(new Error('x'))).toBe(false);
  });
});
