import { parseHTML } from 'linkedom';
import { normalizeWhitespace } from './whitespace.util.js';

export interface ListingLink {
  url: string;
  /** The link's text, usually the release's headline. */
  title?: string;
}

export interface ListingPage {
  items: ListingLink[];
  /** The next page of the listing (`rel=next`, a pager's "next" link), when there is one. */
  next?: string;
}

export interface ListingOptions {
  /** CSS selector of the item links (or of elements holding them); without it a heuristic picks them. */
  itemSelector?: string;
  /** CSS selector of the next-page link; without it `rel=next` and pager words are tried. */
  nextSelector?: string;
}

// Site chrome never holds the release list: menus, headers, footers, sidebars of "related" links.
const CHROME = 'nav, header, footer, aside, form, [role="navigation"], [role="banner"], [role="contentinfo"]';
const CHROME_NAME =
  /(?:^|[-_])(?:menu|nav|navbar|breadcrumbs?|footer|header|sidebar|share|social|cookie|consent|pager|pagination|tags|related|popular|banner)(?:[-_]|$)/iu;
// Words a pager's "next" link says, in the languages we ingest.
const NEXT_WORDS =
  /^(?:next|next page|older|older posts|older entries|more|suivant|suiv|page suivante|siguiente|sig|página siguiente|далее|следующая|следующая страница|след|вперед|вперёд|weiter|nächste|nächste seite|下一页|下页|التالي|›|»|>|→|>>)$/iu;

const isChromeName = (element: Element): boolean =>
  `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.split(/\s+/u).some((name) => name && CHROME_NAME.test(name));

const resolve = (href: string | null | undefined, base: string): URL | undefined => {
  const trimmed = href?.trim();
  if (!trimmed || trimmed.startsWith('#') || /^(?:javascript|mailto|tel|data):/iu.test(trimmed)) return undefined;
  try {
    const url = new URL(trimmed, base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    url.hash = '';
    return url;
  } catch {
    return undefined;
  }
};

const linkOf = (element: Element): Element | undefined =>
  element.tagName === 'A' && element.hasAttribute('href') ? element : (element.querySelector('a[href]') ?? undefined);

/** Where a link sits: tag and classes of its three nearest ancestors; the items of one list share it. */
const placeOf = (anchor: Element): string => {
  const parts: string[] = [];
  let node: Element | null = anchor.parentElement;
  for (let depth = 0; node && depth < 3; depth += 1, node = node.parentElement) {
    parts.push(`${node.tagName.toLowerCase()}.${(node.getAttribute('class') ?? '').trim().split(/\s+/u).sort().join('.')}`);
  }
  return parts.join('<');
};

// A headline is a few words; "Read more", "PDF" and dates are not.
const MIN_HEADLINE_CHARS = 15;

const heuristicItems = (document: Document, base: URL): Element[] => {
  document.querySelectorAll(CHROME).forEach((element) => element.remove());
  document.querySelectorAll('[class], [id]').forEach((element) => {
    if (isChromeName(element)) element.remove();
  });
  const groups = new Map<string, Element[]>();
  for (const anchor of document.querySelectorAll('a[href]')) {
    const url = resolve(anchor.getAttribute('href'), base.href);
    if (!url || url.host !== base.host) continue;
    if (url.pathname === base.pathname || url.pathname === '/' || base.pathname.startsWith(url.pathname + (url.pathname.endsWith('/') ? '' : '/'))) continue;
    const text = normalizeWhitespace(anchor.textContent ?? '');
    if (text.length < MIN_HEADLINE_CHARS) continue;
    const place = placeOf(anchor);
    groups.set(place, [...(groups.get(place) ?? []), anchor]);
  }
  // The release list is the largest group of links placed alike; ties go to the longer headlines.
  const weight = (anchors: Element[]) => anchors.length * 1000 + anchors.reduce((sum, a) => sum + (a.textContent ?? '').length, 0) / anchors.length;
  const best = [...groups.values()].sort((a, b) => weight(b) - weight(a))[0];
  return best ?? [];
};

const nextLink = (document: Document, base: string, options: ListingOptions): string | undefined => {
  if (options.nextSelector) {
    const element = document.querySelector(options.nextSelector);
    return element ? resolve(linkOf(element)?.getAttribute('href'), base)?.href : undefined;
  }
  const rel = document.querySelector('link[rel~="next"][href], a[rel~="next"][href]');
  if (rel) return resolve(rel.getAttribute('href'), base)?.href;
  for (const anchor of document.querySelectorAll('a[href]')) {
    const label = normalizeWhitespace(anchor.getAttribute('aria-label') ?? anchor.textContent ?? '').replace(/[\s.«»›‹]+$/u, '').trim() || normalizeWhitespace(anchor.textContent ?? '');
    const named = /(?:^|[-_\s])next(?:[-_\s]|$)/iu.test(anchor.getAttribute('class') ?? '');
    if (named || NEXT_WORDS.test(label) || NEXT_WORDS.test(normalizeWhitespace(anchor.textContent ?? ''))) {
      const url = resolve(anchor.getAttribute('href'), base);
      if (url && url.href !== new URL(base).href) return url.href;
    }
  }
  return undefined;
};

/**
 * The release links of an HTML listing page ("Press releases", page 1 of n) and its next page.
 * With `itemSelector` the links are those it selects; otherwise the largest group of same-site
 * links with headline-length text that sit alike in the page (the items of one list), chrome
 * (menus, headers, footers, sidebars, pagers) excluded. URLs are absolute, fragments dropped,
 * each once, in page order.
 */
export function findListingLinks(html: string, pageUrl: string, options: ListingOptions = {}): ListingPage {
  const { document } = parseHTML(/<(?:html|body)[\s>]/iu.test(html) ? html : `<html><body>${html}</body></html>`);
  const base = new URL(pageUrl);
  const next = nextLink(document, pageUrl, options);
  const elements = options.itemSelector ? [...document.querySelectorAll(options.itemSelector)] : heuristicItems(document, base);
  const seen = new Set<string>();
  const items: ListingLink[] = [];
  for (const element of elements) {
    const anchor = linkOf(element);
    const url = anchor && resolve(anchor.getAttribute('href'), pageUrl);
    if (!url || seen.has(url.href)) continue;
    seen.add(url.href);
    const title = normalizeWhitespace(anchor.textContent ?? '');
    items.push(title ? { url: url.href, title } : { url: url.href });
  }
  return next && !seen.has(next) ? { items, next } : { items };
}

/** True when `selector` is a CSS selector the DOM used here accepts. */
export function isValidCssSelector(selector: string): boolean {
  try {
    parseHTML('<html><body></body></html>').document.querySelector(selector);
    return true;
  } catch {
    return false;
  }
}
