import { ExtractionError, ExtractionErrorCode } from './extraction.error.js';

/** Deeper than any real page (they stay under ~60): the DOM walkers (Readability, ours) recurse per level, cost grows
 * faster than quadratically with depth (1 000 levels: ~10 s) and 100 000 overflow the stack. */
export const MAX_MARKUP_DEPTH = 256;

// Elements that never hold others, or whose end tag HTML lets a page omit: counting them would
// make a sloppy page of unclosed paragraphs look deep.
const NOT_NESTING = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'rp', 'rt', '!doctype',
]);
const TAG = /<(\/?)([a-zA-Z!][\w:-]*)[^>]*?(\/?)>/g;

/**
 * Refuses pathologically nested markup (e.g. 100 000 nested divs) before it is parsed, in one
 * linear scan, so it costs a 422 instead of seconds of CPU and a stack overflow.
 */
export function assertMarkupDepth(html: string, max = MAX_MARKUP_DEPTH): void {
  let depth = 0;
  for (const match of html.matchAll(TAG)) {
    const name = match[2].toLowerCase();
    if (NOT_NESTING.has(name) || match[3]) continue;
    if (match[1]) depth = Math.max(0, depth - 1);
    else if (++depth > max) {
      throw new ExtractionError(ExtractionErrorCode.TOO_DEEP, `markup is nested deeper than ${max} elements`);
    }
  }
}
