import { describe, expect, it } from 'vitest';
import { extractRelease } from './extract-release.js';
import { flattenDeepMarkup, markupDepth, MAX_MARKUP_DEPTH } from './markup-depth.js';

const nested = (depth: number) =>
  `<html><body>${'<div>'.repeat(depth)}<h1>Statement on maritime cooperation</h1><p>The ministry welcomes the signing of the maritime cooperation memorandum by the coastal states of the region.</p><p>The memorandum provides for joint search and rescue exercises and the exchange of shipping information.</p>${'</div>'.repeat(depth)}</body></html>`;

const BODY = [
  'The ministry welcomes the signing of the maritime cooperation memorandum by the coastal states of the region.',
  'The memorandum provides for joint search and rescue exercises and the exchange of shipping information.',
];

describe('deep markup', () => {
  it('reads 100 000 nested divs in bounded time, no stack overflow', () => {
    extractRelease({ format: 'html', content: nested(10) }); // parsers loaded and warm
    const started = Date.now();
    const release = extractRelease({ format: 'html', content: nested(100_000) });
    // Unflattened, this overflows the stack; flattened it costs a fraction of a second (more on a busy machine).
    expect(Date.now() - started).toBeLessThan(5000);
    expect(release.title).toBe('Statement on maritime cooperation');
    expect(release.paragraphs).toEqual(BODY);
  });

  it('reads a page nested a little deeper than the limit like one within it', () => {
    expect(extractRelease({ format: 'html', content: nested(MAX_MARKUP_DEPTH + 40) }).paragraphs).toEqual(BODY);
    expect(extractRelease({ format: 'html', content: nested(MAX_MARKUP_DEPTH - 5) }).paragraphs).toEqual(BODY);
  });

  it('unwraps only what lies below the limit, keeping text and block breaks', () => {
    const flat = flattenDeepMarkup(`<div><div><div><span>a</span><div>b</div></div></div></div>`, 2);
    expect(flat).toBe('<div><div><br>a<br>b<br></div></div>');
    expect(markupDepth(flat)).toBe(2);
  });

  it('does not count void elements or end-tag-optional paragraphs as nesting', () => {
    expect(markupDepth(`<body>${'<p>text <br><img src=x>'.repeat(5000)}</body>`)).toBe(1);
  });

  it('counts no tags written in scripts, styles or comments, and reads an unclosed script as the parser does', () => {
    const inScript = `<body><script>var t = "${'<div>'.repeat(500)}";</script><style>/* <div> */</style><!-- ${'<span>'.repeat(500)} --><div><p>text</p></div></body>`;
    expect(markupDepth(inScript)).toBe(2);
    expect(flattenDeepMarkup(inScript)).toBe(inScript);
    expect(markupDepth(`<body><div><script>${'<div>'.repeat(500)}`)).toBe(2);
  });
});
