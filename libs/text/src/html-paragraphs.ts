import { parseHTML } from 'linkedom';
import { flattenDeepMarkup } from './markup-depth.js';
import { paragraphsFromElement } from './dom-paragraphs.js';

// Kept apart from the DOM walker so this public declaration names no DOM types.
/** Paragraphs of an HTML fragment or page, e.g. a body pushed as HTML. No furniture filtering. */
export const paragraphsFromHtml = (html: string): string[] => {
  const isDocument = /<(?:html|body)[\s>]/iu.test(html);
  const flat = flattenDeepMarkup(html);
  const { document } = parseHTML(isDocument ? flat : `<!doctype html><html><body>${flat}</body></html>`);
  return paragraphsFromElement(document.body ?? document.documentElement);
};
