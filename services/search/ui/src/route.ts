/** The page's state lives in the hash: #/search?q=…, #/release/<id>?in=<lang>, #/entity/<id>. */
export const FILTERS = ['source', 'country', 'language', 'entity', 'topic', 'eventType', 'from', 'to', 'month'];

export interface Route {
  path: string;
  params: URLSearchParams;
}

export function route(): Route {
  const hash = location.hash.replace(/^#/, '') || '/';
  const q = hash.indexOf('?');
  return { path: q < 0 ? hash : hash.slice(0, q), params: new URLSearchParams(q < 0 ? '' : hash.slice(q + 1)) };
}

export function go(path: string, params?: URLSearchParams): void {
  location.hash = `#${path}${params && String(params) ? `?${params}` : ''}`;
}
