import { previewAlert } from './alert-preview.js';
import { api } from './api.js';
import type { Hit, SearchResult } from './api-types.js';
import { byId, el, highlighted, releaseHref, showError } from './dom.js';
import { renderFacets } from './facets.js';
import { FILTERS } from './route.js';

function hitNode(hit: Hit): HTMLElement {
  const also = hit.alsoPublishedBy;
  const alsoNode =
    also && also.count > 0
      ? el('div', {
          className: 'also',
          text: `also published by ${also.count} source${also.count > 1 ? 's' : ''}${also.sources.length ? `: ${also.sources.join(', ')}` : ''}`,
        })
      : null;
  const meta = [hit.publishedAt?.slice(0, 10), hit.source, hit.language, (hit.countries ?? []).join(' ')];
  return el('article', { className: 'hit', 'data-id': hit.id }, [
    el('h2', {}, [el('a', { href: releaseHref(hit.id) }, [hit.titleHighlight ? highlighted(hit.titleHighlight) : hit.title])]),
    el('div', { className: 'meta', text: meta.filter(Boolean).join(' · ') }),
    el('p', { className: 'snippet' }, [highlighted(hit.snippet)]),
    alsoNode,
  ]);
}

/** `month=2024-05` is the page's shorthand for from/to over that month. */
function apiQuery(params: URLSearchParams): URLSearchParams {
  const query = new URLSearchParams(params);
  const month = params.get('month');
  if (month) {
    query.delete('month');
    query.set('from', `${month}-01`);
    const end = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0));
    query.set('to', end.toISOString().slice(0, 10));
  }
  return query;
}

function filterChips(params: URLSearchParams): HTMLElement {
  const chips = el('div', { className: 'chips' });
  for (const filter of FILTERS) {
    for (const value of params.getAll(filter)) {
      const without = new URLSearchParams(params);
      without.delete(filter);
      chips.appendChild(el('a', { href: `#/search?${without}`, title: 'remove filter', text: `${filter}: ${value} ×` }));
    }
  }
  return chips;
}

function moreButton(query: URLSearchParams, firstCursor: string, list: HTMLElement): HTMLElement {
  const more = el('button', { id: 'more', text: 'More results' });
  let cursor = firstCursor;
  more.addEventListener('click', async () => {
    try {
      const next = new URLSearchParams(query);
      next.set('cursor', cursor);
      const page = await api<SearchResult>('/search', next);
      for (const hit of page.hits) list.appendChild(hitNode(hit));
      if (page.nextCursor) cursor = page.nextCursor;
      else more.remove();
    } catch (error) {
      showError(error);
    }
  });
  return more;
}

export async function showSearch(params: URLSearchParams): Promise<void> {
  byId<HTMLInputElement>('q').value = params.get('q') ?? '';
  byId<HTMLSelectElement>('sort').value = params.get('sort') ?? '';
  const query = apiQuery(params);
  const result = await api<SearchResult>('/search', query);
  renderFacets(result.facets, params);
  const exportParams = new URLSearchParams(query);
  exportParams.delete('cursor');
  exportParams.delete('sort');
  const alertButton = el('button', { id: 'alert-preview', type: 'button', text: 'Preview as an alert' });
  alertButton.addEventListener('click', () => previewAlert(params));
  const header = el('p', { className: 'meta' }, [
    el('span', { id: 'total', text: `${result.total} releases` }),
    ' · ',
    el('a', { href: `/export?${exportParams}&format=csv` }, ['CSV']),
    ' · ',
    el('a', { href: `/export?${exportParams}` }, ['NDJSON']),
    ' · ',
    alertButton,
  ]);
  const list = el('div', { id: 'hits' }, result.hits.map(hitNode));
  const more = result.nextCursor ? moreButton(query, result.nextCursor, list) : el('span');
  byId('view').replaceChildren(filterChips(params), header, el('section', { id: 'alert-box' }), list, more);
}
