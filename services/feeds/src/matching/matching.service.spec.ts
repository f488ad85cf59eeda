import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ReleaseIndexedV1 } from '@demarche/contracts';
import type { Subscription } from '../subscriptions/subscription.entity.js';
import { MatchingService } from './matching.service.js';
import type { QueryMatcher } from './query-matcher.js';

const release = JSON.parse(
  readFileSync(new URL('../../../../libs/contracts/src/release-indexed/fixtures/v1.sample.json', import.meta.url), 'utf8'),
) as ReleaseIndexedV1;
const feeds = [
  { slug: 'middle-east', title: 'Middle East', description: '', codes: [], query: '"Oriente Próximo" | "Middle East"' },
  { slug: 'climate', title: 'Climate', description: '', codes: [], query: 'climate' },
];
/** Elasticsearch stand-in: these queries match the release, others do not. */
const matcher = (matching: string[]) =>
  ({
    matching: async (_release: unknown, queries: string[]) =>
      new Map(
        queries
          .filter((q) => matching.includes(q))
          .map((q) => [q, { terms: ['madrid'], fields: [{ field: 'body', language: 'es', fragments: ['en <mark>Madrid</mark>'] }] }]),
      ),
  }) as unknown as QueryMatcher;
const sub = (id: string, filter: Subscription['filter']) => ({ id, filter, delivery: {}, status: 'active' }) as Subscription;

describe('matching a release', () => {
  it('uses a topic feed\'s fallback query, and subscriptions to that feed follow it', async () => {
    const service = new MatchingService(feeds, matcher(['"Oriente Próximo" | "Middle East"']));
    const matches = await service.match(release, [sub('a', { topics: ['middle-east'] }), sub('b', { topics: ['climate'] })]);
    expect(matches.map((m) => m.feedKey)).toEqual(['topic:middle-east', 'sub:a']);
    expect(matches[1].why[0].evidence).toContain('search query of the topic feed');
  });

  it('adds the query to the reasons only when Elasticsearch matched it', async () => {
    const service = new MatchingService(feeds, matcher(['Madrid']));
    const matches = await service.match(release, [sub('q', { countries: ['PT'], query: 'Madrid' }), sub('r', { countries: ['PT'], query: 'Lisbon' })]);
    expect(matches.map((m) => m.feedKey)).toEqual(['sub:q']);
    expect(matches[0].why.map((w) => w.rule)).toEqual(['country', 'query']);
    expect(matches[0].why[1]).toMatchObject({ evidence: 'query matched "madrid" in body (es)', terms: ['madrid'] });
    expect(matches[0].why[1].fragments![0].fragments).toEqual(['en <mark>Madrid</mark>']);
  });
});
