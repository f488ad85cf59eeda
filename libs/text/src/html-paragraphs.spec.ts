import { describe, expect, it } from 'vitest';
import { paragraphsFromHtml } from './html-paragraphs.js';

describe('paragraphsFromHtml', () => {
  it('gives one entry per block and per <br> line, inline markup flattened', () => {
    expect(
      paragraphsFromHtml('<p>One <b>bold</b> <a href="#">link</a>.</p><div>Two<br>Three</div><ul><li>Four</li></ul>'),
    ).toEqual(['One bold link.', 'Two', 'Three', 'Four']);
  });

  it('decodes entities and drops scripts, styles and form controls', () => {
    expect(
      paragraphsFromHtml(
        '<p>Caf&eacute; &amp; &laquo;talks&raquo;&nbsp;&#8212; &#x41;</p><script>alert(1)</script><style>p{}</style><button>Go</button>',
      ),
    ).toEqual(['Café & «talks» — A']);
  });

  it('accepts a whole document', () => {
    expect(paragraphsFromHtml('<html><head><title>T</title></head><body><p>Text.</p></body></html>')).toEqual([
      'Text.',
    ]);
  });
});
