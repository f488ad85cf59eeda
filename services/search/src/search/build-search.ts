import { BadRequestException } from '@nestjs/common';
import type { estypes } from '@elastic/elasticsearch';
import { compileQuery, parseQuery, QuerySyntaxError } from '@demarche/query';
import { facetAggregations, type DateInterval } from './facets.js';
import type { SearchFiltersDto } from './search-query.dto.js';

type Query = estypes.QueryDslQueryContainer;

/** A bare date as `to` means the whole day. */
const endOfDay = (to: string) => (/^\d{4}-\d{2}-\d{2}$/.test(to) ? `${to}||/d` : to);

export function filterClauses(f: SearchFiltersDto): Query[] {
  const filter: Query[] = [];
  if (f.from || f.to) {
    filter.push({ range: { publishedAt: { ...(f.from && { gte: f.from }), ...(f.to && { lte: endOfDay(f.to) }) } } });
  }
  if (f.source?.length) filter.push({ terms: { 'source.id': f.source } });
  if (f.country?.length) filter.push({ terms: { countries: f.country.map((c) => c.toUpperCase()) } });
  if (f.language?.length) filter.push({ terms: { language: f.language } });
  for (const id of f.entity ?? []) filter.push({ term: { 'entities.id': id } });
  if (f.topic?.length) filter.push({ terms: { 'topics.code': f.topic } });
  if (f.eventType?.length) filter.push({ terms: { eventType: f.eventType } });
  return filter;
}

/** `q` and the filters as one bool query; a syntax error becomes a 400 naming the problem. */
export function buildQuery(f: SearchFiltersDto): { query: Query; hasText: boolean } {
  let tree;
  try {
    tree = parseQuery(f.q ?? '');
  } catch (error) {
    if (error instanceof QuerySyntaxError) throw new BadRequestException(`q: ${error.message}`);
    throw error;
  }
  return { query: { bool: { must: [compileQuery(tree)], filter: filterClauses(f) } }, hasText: tree !== undefined };
}

export const SNIPPET_FIELDS = ['body', 'content.*.body'];
export const TITLE_FIELDS = ['title', 'content.*.title'];

export const highlight: estypes.SearchHighlight = {
  encoder: 'html',
  pre_tags: ['<mark>'],
  post_tags: ['</mark>'],
  require_field_match: true,
  fields: {
    ...Object.fromEntries(SNIPPET_FIELDS.map((f) => [f, { fragment_size: 200, number_of_fragments: 1, no_match_size: 0 }])),
    ...Object.fromEntries(TITLE_FIELDS.map((f) => [f, { number_of_fragments: 0 }])),
  },
};

/** Ends with the id, so that a page's last sort values are a cursor with or without a point in time. */
export function sortFor(sort: 'relevance' | 'date'): estypes.SortCombinations[] {
  const byDate: estypes.SortCombinations = { publishedAt: { order: 'desc', missing: '_last', unmapped_type: 'date' } };
  const byId: estypes.SortCombinations = { id: { order: 'asc' } };
  return sort === 'date' ? [byDate, byId] : [{ _score: { order: 'desc' } }, byDate, byId];
}

export const HIT_SOURCE = ['id', 'title', 'publishedAt', 'language', 'source', 'countries', 'eventType', 'clusterId', 'body'];
const COPIES_SHOWN = 20;

export interface PageRequest {
  sort: 'relevance' | 'date';
  collapse: boolean;
  offset: number;
  after?: (string | number | null)[];
  facets: boolean;
  dateInterval: DateInterval;
  limit: number;
}

/** The search body for one page (without index or point in time): the API's whole query. */
export function searchBody(query: Query, page: PageRequest): estypes.SearchRequest {
  return {
    size: page.limit,
    track_total_hits: true,
    query,
    sort: sortFor(page.sort),
    _source: HIT_SOURCE,
    highlight,
    ...(page.collapse
      ? {
          from: page.offset,
          collapse: { field: 'clusterId', inner_hits: { name: 'copies', size: COPIES_SHOWN, _source: ['id', 'source.id'] } },
        }
      : { search_after: page.after }),
    ...(page.facets ? { aggs: facetAggregations(page.dateInterval) } : {}),
  };
}
