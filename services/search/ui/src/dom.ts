/**
 * Every text from the API goes into the page as text nodes; nothing here parses HTML except
 * `highlighted`, which rebuilds Elasticsearch's escaped snippets with only <mark> kept.
 */
type Attributes = Record<string, string>;
type Child = Node | string | null | undefined;

export function el(tag: string, attrs: Attributes = {}, children: Child[] = []): HTMLElement {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === 'text') node.textContent = value;
    else if (key === 'className') node.className = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) {
    if (child) node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

/** "a <mark>b</mark> &amp; c" → text and <mark> nodes. */
export function highlighted(html: string | undefined): HTMLElement {
  const span = el('span');
  const decoder = document.createElement('textarea');
  let inMark = false;
  for (const part of String(html ?? '').split(/(<\/?mark>)/)) {
    if (part === '<mark>' || part === '</mark>') {
      inMark = part === '<mark>';
      continue;
    }
    decoder.innerHTML = part.replace(/</g, '&lt;');
    const text = document.createTextNode(decoder.value);
    span.appendChild(inMark ? el('mark', {}, [text]) : text);
  }
  return span;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`the page has no #${id}`);
  return node as T;
}

export function showError(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  byId('view').replaceChildren(el('p', { className: 'error', role: 'alert', text: message }));
}

export const releaseHref = (id: string) => `#/release/${encodeURIComponent(id)}`;
export const entityHref = (id: string) => `#/entity/${encodeURIComponent(id)}`;
