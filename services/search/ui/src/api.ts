import { el, showError } from './dom.js';

// With access control on, the page asks once for a key with the search scope and keeps it
// for this tab only (sessionStorage), never in the URL.
const KEY_STORE = 'demarche.apiKey';

export function apiHeaders(extra: Record<string, string> = {}): Record<string, string> {
  const key = sessionStorage.getItem(KEY_STORE);
  return key ? { ...extra, 'x-api-key': key } : { ...extra };
}

export function failure(res: Response, body: { message?: string | string[] }): Error {
  return new Error(([] as string[]).concat(body.message ?? res.statusText).join('; '));
}

export async function api<T>(path: string, params?: URLSearchParams, retried = false): Promise<T> {
  const res = await fetch(path + (params ? `?${params}` : ''), { headers: apiHeaders({ accept: 'application/json' }) });
  const body = await res.json().catch(() => ({}));
  if (res.status === 401) {
    sessionStorage.removeItem(KEY_STORE);
    const key = retried ? null : window.prompt('This archive needs an API key (search scope):');
    if (key?.trim()) {
      sessionStorage.setItem(KEY_STORE, key.trim());
      return api<T>(path, params, true);
    }
  }
  if (!res.ok) throw failure(res, body);
  return body as T;
}

/** Export links are plain links; with a key, download through fetch so the key goes in a header. */
export async function exportWithKey(event: MouseEvent): Promise<void> {
  const link = event.target instanceof Element ? event.target.closest('a[href^="/export"]') : null;
  if (!link || !sessionStorage.getItem(KEY_STORE)) return;
  event.preventDefault();
  const href = link.getAttribute('href') ?? '';
  const res = await fetch(href, { headers: apiHeaders() });
  if (!res.ok) {
    showError(new Error(`export: ${res.status} ${res.statusText}`));
    return;
  }
  const url = URL.createObjectURL(await res.blob());
  const save = el('a', { href: url, download: `releases.${href.includes('format=csv') ? 'csv' : 'ndjson'}` });
  document.body.appendChild(save);
  save.click();
  save.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
