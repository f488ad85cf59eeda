import { ingestUrl, searchUrl } from './env.js';

export async function push(body: string, contentType = 'text/plain; charset=utf-8', query = '') {
  const res = await fetch(`${ingestUrl}/releases${query}`, { method: 'POST', headers: { 'content-type': contentType }, body });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

export interface SearchHit {
  id: string;
  title: string;
  publishedAt?: string;
  language: string;
  source: string;
  snippet: string;
}

export async function search(q: string): Promise<{ status: number; total: number; hits: SearchHit[] }> {
  const res = await fetch(`${searchUrl}/search?${new URLSearchParams({ q })}`);
  const body = (await res.json()) as { total: number; hits: SearchHit[] };
  return { status: res.status, ...body };
}

/** Polls until `check` passes: the pipeline is asynchronous, so results appear after a while. */
export async function eventually<T>(probe: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (check(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 300));
  }
}
