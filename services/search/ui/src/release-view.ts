import { api } from './api.js';
import type { ReleaseDoc, ReleaseEntity, SearchResult } from './api-types.js';
import { byId, el, entityHref, releaseHref } from './dom.js';

/**
 * The body with each entity mention wrapped. Mention offsets count in the title and the
 * paragraphs joined by blank lines (as the enrich service reads them), so skip the title.
 */
function markEntities(title: string, body: string, entities: ReleaseEntity[] = [], where: string): HTMLElement {
  const shift = title.length + 2;
  const spans = entities
    .flatMap((entity) => (entity.mentions ?? []).map((m) => ({ ...m, entity })))
    .filter((m) => m.in === where && m.start >= shift)
    .map((m) => ({ start: m.start - shift, end: m.end - shift, entity: m.entity }))
    .sort((a, b) => a.start - b.start);
  const out = el('span');
  let at = 0;
  for (const span of spans) {
    if (span.start < at || span.end > body.length) continue;
    out.appendChild(document.createTextNode(body.slice(at, span.start)));
    const { id, type } = span.entity;
    out.appendChild(el('a', { href: entityHref(id), className: `entity ${type}`, title: type, text: body.slice(span.start, span.end) }));
    at = span.end;
  }
  out.appendChild(document.createTextNode(body.slice(at)));
  return out;
}

interface Version {
  key: string;
  label: string;
  title: string;
  paragraphs: string[];
}

function versionsOf(doc: ReleaseDoc): Version[] {
  const original = { key: 'original', label: `original (${doc.language})`, title: doc.title, paragraphs: doc.paragraphs };
  const translations = (doc.translations ?? []).map((t) => ({
    key: t.language,
    label: t.language + (t.machine ? ' (machine)' : ''),
    title: t.title,
    paragraphs: t.paragraphs,
  }));
  return [original, ...translations];
}

export async function showRelease(id: string, params: URLSearchParams): Promise<void> {
  const doc = await api<ReleaseDoc>(`/releases/${encodeURIComponent(id)}`);
  byId('facets').replaceChildren();
  const versions = versionsOf(doc);
  const version = versions.find((v) => v.key === (params.get('in') ?? 'original')) ?? versions[0]!;
  const toggle = el(
    'p',
    { className: 'toggle' },
    versions.map((v) =>
      el('a', { href: `${releaseHref(id)}?in=${v.key}`, className: v.key === version.key ? 'active' : '', 'data-version': v.key, text: v.label }),
    ),
  );
  const marked = markEntities(version.title, version.paragraphs.join('\n\n'), doc.entities, version.key);
  const entities = el(
    'div',
    { className: 'chips' },
    (doc.entities ?? []).map((e) => el('a', { href: entityHref(e.id), text: `${e.name} · ${e.type}${e.role ? ` · ${e.role}` : ''}` })),
  );
  const similar = el('ul', { id: 'similar' });
  const meta = [doc.publishedAt, doc.source?.id, (doc.countries ?? []).join(' '), doc.eventType];
  byId('view').replaceChildren(
    el('article', { className: 'hit release' }, [
      el('h2', { id: 'release-title', text: version.title }),
      el('div', { className: 'meta', text: meta.filter(Boolean).join(' · ') }),
      toggle,
      el('div', { className: 'release-body', style: 'white-space: pre-wrap' }, [marked]),
      el('h3', { text: 'Entities' }),
      entities,
      doc.url ? el('p', { className: 'meta', text: doc.url }) : null,
      el('h3', { text: 'Similar releases' }),
      similar,
    ]),
  );
  const more = await api<SearchResult>(`/releases/${encodeURIComponent(id)}/similar`, new URLSearchParams({ limit: '5' })).catch(
    () => ({ hits: [] }) as Pick<SearchResult, 'hits'>,
  );
  for (const hit of more.hits) {
    similar.appendChild(el('li', {}, [el('a', { href: releaseHref(hit.id), text: hit.title }), ' ', el('span', { className: 'meta', text: hit.source ?? '' })]));
  }
}
