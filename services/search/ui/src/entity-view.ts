import { api } from './api.js';
import type { EntityProfile } from './api-types.js';
import { byId, el, entityHref, releaseHref } from './dom.js';

function timelineChart(timeline: EntityProfile['timeline']): HTMLElement {
  const max = Math.max(1, ...timeline.map((b) => b.count));
  const bars = timeline.map((b) =>
    el('div', { title: `${b.date.slice(0, 7)}: ${b.count}`, style: `height:${Math.round((100 * b.count) / max)}%` }),
  );
  return el('div', { className: 'timeline', role: 'img', 'aria-label': 'mentions per month' }, bars);
}

export async function showEntity(id: string): Promise<void> {
  const p = await api<EntityProfile>(`/entities/${encodeURIComponent(id)}`);
  byId('facets').replaceChildren();
  const first = p.timeline[0];
  const last = p.timeline[p.timeline.length - 1];
  const span = first && last ? `${first.date.slice(0, 7)} … ${last.date.slice(0, 7)} · one bar per month` : null;
  byId('view').replaceChildren(
    el('article', { className: 'hit entity-profile' }, [
      el('h2', { id: 'entity-name', text: p.name }),
      el('div', { className: 'meta', text: `${p.type} · ${p.releases} releases · ${p.roles.map((r) => r.role).join(', ')}` }),
      el('h3', { text: 'Mentions over time' }),
      timelineChart(p.timeline),
      span ? el('p', { className: 'meta', text: span }) : null,
      el('h3', { text: 'Mentioned with' }),
      el('div', { className: 'chips' }, p.coMentioned.map((e) => el('a', { href: entityHref(e.id), text: `${e.name} (${e.releases})` }))),
      el('h3', { text: 'Latest releases' }),
      el(
        'ul',
        {},
        p.latest.map((r) =>
          el('li', {}, [
            el('a', { href: releaseHref(r.id), text: r.title }),
            ' ',
            el('span', { className: 'meta', text: `${(r.publishedAt ?? '').slice(0, 10)} ${r.source}` }),
          ]),
        ),
      ),
      el('p', {}, [el('a', { href: `#/search?${new URLSearchParams({ entity: id })}`, text: `All releases mentioning ${p.name}` })]),
    ]),
  );
}
