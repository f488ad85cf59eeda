/**
 * "Preview as an alert": the current search as a draft subscription, run by the feeds service
 * over the last 7 days (through POST /alert-preview); each item shows why it would have matched,
 * the query's fragments highlighted per field and language.
 */
import { apiHeaders, failure } from './api.js';
import { byId, el, highlighted, releaseHref } from './dom.js';

const ALERT_FILTERS: Record<string, string> = { country: 'countries', source: 'sources', language: 'languages', entity: 'entities', eventType: 'eventTypes' };

interface Why {
  rule: string;
  value: string;
  evidence: string;
  fragments?: { field: string; language: string; fragments: string[] }[];
}

interface PreviewItem {
  releaseId: string;
  title: string;
  publishedAt?: string;
  source?: string;
  language?: string;
  why: Why[];
  alsoPublishedBy: { source: string }[];
}

interface Preview {
  total: number;
  truncated: boolean;
  items: PreviewItem[];
}

function draftFilter(params: URLSearchParams): Record<string, string | string[]> {
  const filter: Record<string, string | string[]> = {};
  const q = params.get('q');
  if (q) filter.query = q;
  for (const [param, field] of Object.entries(ALERT_FILTERS)) {
    const values = params
      .getAll(param)
      .flatMap((v) => v.split(','))
      .filter(Boolean);
    if (values.length) filter[field] = param === 'country' ? values.map((v) => v.toUpperCase()) : values;
  }
  return filter;
}

function whyNode(why: Why[]): HTMLElement {
  return el(
    'ul',
    { className: 'why' },
    why.map((w) => {
      const fragments = (w.fragments ?? []).flatMap((f) =>
        f.fragments.map((text) => el('li', {}, [el('em', { text: `${f.field} (${f.language}): ` }), highlighted(text)])),
      );
      return el('li', {}, [el('strong', { text: `${w.rule} ${w.value}: ` }), w.evidence, fragments.length ? el('ul', {}, fragments) : null]);
    }),
  );
}

function itemNode(item: PreviewItem): HTMLElement {
  const also = item.alsoPublishedBy.length
    ? el('div', { className: 'also', text: `also published by ${item.alsoPublishedBy.map((c) => c.source).join(', ')}` })
    : null;
  return el('article', { className: 'hit alert-item', 'data-id': item.releaseId }, [
    el('h2', {}, [el('a', { href: releaseHref(item.releaseId), text: item.title })]),
    el('div', { className: 'meta', text: [item.publishedAt?.slice(0, 10), item.source, item.language].filter(Boolean).join(' · ') }),
    whyNode(item.why),
    also,
  ]);
}

export async function previewAlert(params: URLSearchParams): Promise<void> {
  const box = byId('alert-box');
  box.replaceChildren(el('p', { className: 'meta', text: 'Running the search as an alert over the last 7 days…' }));
  try {
    const res = await fetch('/alert-preview', {
      method: 'POST',
      headers: apiHeaders({ 'content-type': 'application/json', accept: 'application/json' }),
      body: JSON.stringify({ filter: draftFilter(params), days: 7, limit: 50 }),
    });
    const body = await res.json().catch(() => ({}));
    if (!res.ok) throw failure(res, body);
    const preview = body as Preview;
    const shown = preview.truncated ? ` (first ${preview.items.length} shown)` : '';
    box.replaceChildren(
      el('h3', { text: `As an alert: ${preview.total} deliveries in the last 7 days${shown}` }),
      el('div', { id: 'alert-items' }, preview.items.map(itemNode)),
    );
  } catch (error) {
    box.replaceChildren(el('p', { className: 'error', text: error instanceof Error ? error.message : String(error) }));
  }
}
