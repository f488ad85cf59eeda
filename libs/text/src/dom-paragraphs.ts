import { normalizeWhitespace } from './whitespace.util.js';

// Elements that start a new paragraph. Inline elements (a, b, span, em…) only add their text.
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT',
  'TH', 'THEAD', 'TR', 'UL',
]);

// Never readable text: code, styling, embedded objects and form controls.
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'BUTTON',
  'SELECT', 'TEXTAREA', 'INPUT', 'HEAD', 'TITLE', 'META', 'LINK',
]);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * The text of an element, one entry per block (paragraph, heading, list item, table cell) and per
 * <br>-separated line, whitespace-normalised. Entities are already decoded by the parser.
 */
export const paragraphsFromElement = (root: Node): string[] => {
  const paragraphs: string[] = [];
  let buffer = '';
  const flush = (): void => {
    const text = normalizeWhitespace(buffer);
    if (text) paragraphs.push(text);
    buffer = '';
  };
  const visit = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) {
      buffer += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag)) return;
    if (tag === 'BR') return flush();
    if (tag === 'PRE') {
      flush();
      (node.textContent ?? '').split('\n').forEach((line) => {
        buffer = line;
        flush();
      });
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    node.childNodes.forEach(visit);
    if (block) flush();
    else if (tag === 'IMG') buffer += ' ';
  };
  visit(root);
  flush();
  return paragraphs;
};
