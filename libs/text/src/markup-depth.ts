/**
 * Nesting kept as it is; deeper elements lose their tags and keep their text. Real pages reach a few
 * hundred levels (unclosed <font> and <span> runs, page builders), but the DOM walkers (Readability,
 * ours) cost far more than quadratically with depth (256 levels: ~0.2 s, 600: ~2 s) and 100 000
 * levels overflow the stack.
 */
export const MAX_MARKUP_DEPTH = 96;

// Elements that never hold others, or whose end tag HTML lets a page omit: counting them would
// make a sloppy page of unclosed paragraphs look deep. They are always kept.
const NOT_NESTING = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'rp', 'rt', '!doctype',
]);
// A block dropped below the limit still separates its text from its neighbours'.
const BLOCKS = new Set([
  'div', 'section', 'article', 'main', 'aside', 'header', 'footer', 'nav', 'ul', 'ol', 'dl', 'table', 'blockquote',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'form', 'fieldset', 'figure', 'center', 'address', 'pre',
]);
const TAG = /<(\/?)([a-zA-Z!][\w:-]*)[^>]*?(\/?)>/g;
// Their content is text to the parser, never elements: the "<div>" written in a script, a style or a
// comment nests nothing (counting them made one page in ten of real pages look hundreds deep).
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noembed', 'noframes', 'plaintext']);

interface NestingTag {
  index: number;
  text: string;
  name: string;
  closing: boolean;
}

/** The tags that open or close an element, in order; comments and raw-text content skipped, in linear time. */
function* nestingTags(html: string): Generator<NestingTag> {
  const tag = new RegExp(TAG.source, 'g');
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    if (html.startsWith('<!--', match.index)) {
      const close = html.indexOf('-->', match.index + 4);
      tag.lastIndex = close < 0 ? html.length : close + 3;
      continue;
    }
    const name = match[2]!.toLowerCase();
    const closing = match[1] === '/';
    if (!closing && RAW_TEXT.has(name)) {
      // Unclosed, it runs to the end of the page, as the parser reads it: one scan, never one per tag.
      const closer = new RegExp(`</${name}\\s*>`, 'giu');
      closer.lastIndex = tag.lastIndex;
      tag.lastIndex = closer.exec(html) ? closer.lastIndex : html.length;
      continue;
    }
    if (name.startsWith('!') || NOT_NESTING.has(name) || match[3]) continue;
    yield { index: match.index, text: match[0], name, closing };
  }
}

/** Deepest nesting of the markup, counted in one linear scan of its tags. */
export const markupDepth = (html: string): number => {
  let depth = 0;
  let deepest = 0;
  for (const { closing } of nestingTags(html)) {
    if (closing) depth = Math.max(0, depth - 1);
    else deepest = Math.max(deepest, ++depth);
  }
  return deepest;
};

/**
 * The markup with every element nested deeper than `max` unwrapped (its text kept, a block's tags
 * turned into line breaks), in one linear scan: hostile nesting (100 000 divs) costs a scan, and a
 * real page that nests deep is still read.
 */
export const flattenDeepMarkup = (html: string, max = MAX_MARKUP_DEPTH): string => {
  if (markupDepth(html) <= max) return html;
  let depth = 0;
  let out = '';
  let from = 0;
  let brokeLast = false;
  for (const { index, text, name, closing } of nestingTags(html)) {
    const tooDeep = closing ? depth > max : depth + 1 > max;
    depth = closing ? Math.max(0, depth - 1) : depth + 1;
    if (!tooDeep) continue;
    const between = html.slice(from, index);
    // One break between two runs of text is enough: 100 000 empty breaks would cost what the divs did.
    const textBefore = between.trim() !== '';
    out += between + (BLOCKS.has(name) && (textBefore || !brokeLast) ? '<br>' : '');
    if (BLOCKS.has(name)) brokeLast = true;
    else if (textBefore) brokeLast = false;
    from = index + text.length;
  }
  return out + html.slice(from);
};
