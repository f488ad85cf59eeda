import { BadRequestException } from '@nestjs/common';
import { describe, expect, it } from 'vitest';
import { buildQuery, filterClauses, searchBody, sortFor } from './build-search.js';

describe('filterClauses', () => {
  it('turns each filter into a term, terms or range clause', () => {
    expect(
      filterClauses({
        from: '2024-01-01',
        to: '2024-01-31',
        source: ['a.example.org', 'b.example.org'],
        country: ['fr'],
        language: ['es'],
        entity: ['Q1', 'Q2'],
        topic: ['medtop:1'],
        eventType: ['visit'],
      }),
    ).toEqual([
      { range: { publishedAt: { gte: '2024-01-01', lte: '2024-01-31||/d' } } },
      { terms: { 'source.id': ['a.example.org', 'b.example.org'] } },
      { terms: { countries: ['FR'] } },
      { terms: { language: ['es'] } },
      { term: { 'entities.id': 'Q1' } },
      { term: { 'entities.id': 'Q2' } },
      { terms: { 'topics.code': ['medtop:1'] } },
      { terms: { eventType: ['visit'] } },
    ]);
  });

  it('keeps a date-time bound as given', () => {
    expect(filterClauses({ to: '2024-01-31T12:00:00Z' })).toEqual([{ range: { publishedAt: { lte: '2024-01-31T12:00:00Z' } } }]);
  });
});

describe('buildQuery', () => {
  it('answers a syntax error with a 400 naming q', () => {
    expect(() => buildQuery({ q: '"open' })).toThrow(BadRequestException);
    expect(() => buildQuery({ q: '"open' })).toThrow(/^q: unterminated quote/);
  });

  it('knows whether there was any text to rank by', () => {
    expect(buildQuery({ q: '  ' }).hasText).toBe(false);
    expect(buildQuery({ q: 'summit' }).hasText).toBe(true);
  });
});

describe('searchBody', () => {
  const page = { sort: 'relevance' as const, collapse: true, offset: 40, facets: true, dateInterval: 'month' as const, limit: 20 };

  it('collapses on the cluster with an offset, and asks for facets on request', () => {
    const body = searchBody({ match_all: {} }, page);
    expect(body).toMatchObject({ from: 40, size: 20, collapse: { field: 'clusterId' } });
    expect(Object.keys(body.aggs ?? {})).toContain('dates');
    expect(body.search_after).toBeUndefined();
  });

  it('pages with search_after when not collapsing', () => {
    const body = searchBody({ match_all: {} }, { ...page, collapse: false, facets: false, after: [1, 2, 'rel_x'] });
    expect(body).toMatchObject({ search_after: [1, 2, 'rel_x'] });
    expect(body.collapse).toBeUndefined();
    expect(body.aggs).toBeUndefined();
  });

  it('always ends the sort with the id so cursors are total', () => {
    expect(sortFor('date').at(-1)).toEqual({ id: { order: 'asc' } });
    expect(sortFor('relevance').at(-1)).toEqual({ id: { order: 'asc' } });
  });
});
