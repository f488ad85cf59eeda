import { describe, expect, it } from 'vitest';
import { extractRelease } from './extract-release.js';
import { assertMarkupDepth, MAX_MARKUP_DEPTH } from './markup-depth.js';

const nested = (depth: number) =>
  `<html><body>${'<div>'.repeat(depth)}<h1>Statement on maritime cooperation</h1><p>The ministry welcomes the signing of the maritime cooperation memorandum by the coastal states of the region.</p><p>The memorandum provides for joint search and rescue exercises and the exchange of shipping information.</p>${'</div>'.repeat(depth)}</body></html>`;

describe('assertMarkupDepth', () => {
  it('refuses 100 000 nested divs quickly with EXTRACT.TOO_DEEP', () => {
    const started = Date.now();
    expect(() => extractRelease({ format: 'html', content: nested(100_000) })).toThrow(expect.objectContaining({ code: 'EXTRACT.TOO_DEEP' }));
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('still extracts a page nested right up to the limit', () => {
    expect(extractRelease({ format: 'html', content: nested(MAX_MARKUP_DEPTH - 5) }).title).toBe('Statement on maritime cooperation');
  });

  it('does not count void elements or end-tag-optional paragraphs as nesting', () => {
    expect(() => assertMarkupDepth(`<body>${'<p>text <br><img src=x>'.repeat(5000)}</body>`)).not.toThrow();
  });
});
