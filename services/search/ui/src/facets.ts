import type { Bucket, Facets } from './api-types.js';
import { byId, el } from './dom.js';

function facetList(title: string, buckets: Bucket[] | undefined, param: string, current: URLSearchParams, label?: (b: Bucket) => string) {
  if (!buckets?.length) return null;
  const list = el('ul');
  for (const bucket of buckets) {
    const value = bucket.id ?? bucket.value ?? '';
    const params = new URLSearchParams(current);
    params.delete('cursor');
    const active = params.getAll(param).includes(value);
    if (active) params.delete(param);
    else params.set(param, value);
    const link = el('a', { href: `#/search?${params}`, className: active ? 'active' : '', 'data-facet': param }, [
      el('span', { text: label ? label(bucket) : value }),
      el('span', { text: String(bucket.count) }),
    ]);
    list.appendChild(el('li', {}, [link]));
  }
  return el('div', {}, [el('h3', { text: title }), list]);
}

export function renderFacets(facets: Facets | undefined, params: URLSearchParams): void {
  const aside = byId('facets');
  if (!facets) {
    aside.replaceChildren();
    return;
  }
  const name = (b: Bucket) => b.name ?? '';
  const months = facets.dates
    .slice(-12)
    .reverse()
    .map((d) => ({ value: d.date.slice(0, 7), count: d.count }));
  const lists = [
    facetList('People', facets.entities.person, 'entity', params, name),
    facetList('Organizations', facets.entities.organization, 'entity', params, name),
    facetList('Places', facets.entities.location, 'entity', params, name),
    facetList('Countries (entities)', facets.entities.country, 'entity', params, name),
    facetList('Countries', facets.countries, 'country', params),
    facetList('Sources', facets.sources, 'source', params),
    facetList('Topics', facets.topics, 'topic', params, (b) => b.label ?? b.value ?? ''),
    facetList('Languages', facets.languages, 'language', params),
    facetList('Event types', facets.eventTypes, 'eventType', params),
    facetList('Months', months, 'month', params),
  ];
  aside.replaceChildren(...lists.filter((list): list is HTMLElement => list !== null));
}
