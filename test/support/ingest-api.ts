import { ingestUrl, searchUrl } from './env.js';

/** POSTs NDJSON to /releases/batch and returns the parsed result lines. */
export async function pushBatch(lines: string[], query = '') {
  const res = await fetch(`${ingestUrl}/releases/batch${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-ndjson' },
    body: lines.join('\n') + '\n',
  });
  const text = await res.text();
  const results = res.ok ? text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>) : [];
  return { status: res.status, text, results };
}

export async function releaseStatus(id: string) {
  const res = await fetch(`${ingestUrl}/releases/${id}/status`);
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

export async function postJson(path: string, body: unknown) {
  const res = await fetch(`${ingestUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

/** Search without collapsing near-duplicates, to count every document. */
export async function searchAll(q: string): Promise<{ total: number; hits: { id: string; title: string; source: string }[] }> {
  const res = await fetch(`${searchUrl}/search?${new URLSearchParams({ q, collapse: 'false' })}`);
  return (await res.json()) as { total: number; hits: { id: string; title: string; source: string }[] };
}
