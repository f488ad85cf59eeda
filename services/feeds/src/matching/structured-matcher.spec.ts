import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ReleaseIndexedV1 } from '@demarche/contracts';
import { matchStructured, taggedTopics } from './structured-matcher.js';

const sample = JSON.parse(
  readFileSync(new URL('../../../../libs/contracts/src/release-indexed/fixtures/v1.sample.json', import.meta.url), 'utf8'),
) as ReleaseIndexedV1;
const release: ReleaseIndexedV1 = {
  ...sample,
  topics: [...sample.topics, { code: 'middle-east', label: 'Middle East', why: 'keyword: Oriente Próximo' }],
};
const feeds = [
  { slug: 'middle-east', codes: [] },
  { slug: 'climate', codes: ['medtop:06000000'] },
  { slug: 'politics', codes: ['medtop:11000000'] },
];

describe('structured matching', () => {
  const topics = taggedTopics(release, feeds);

  it('puts a release in the topic feeds its tags name, by slug or by code, with the tagger\'s evidence', () => {
    expect([...topics.keys()]).toEqual(['middle-east', 'politics']);
    expect(topics.get('middle-east')!.evidence).toContain('Oriente Próximo');
  });

  it('matches when every given dimension has a hit, and says which', () => {
    const result = matchStructured(
      { topics: ['climate', 'middle-east'], entities: ['Q45', 'Q1'], countries: ['PT'], languages: ['en'] },
      release,
      topics,
    );
    expect(result.matched).toBe(true);
    expect(result.reasons.map((r) => `${r.rule}:${r.value}`)).toEqual([
      'topic:middle-east',
      'entity:Q45',
      'country:PT',
      'language:en',
    ]);
    expect(result.reasons.find((r) => r.rule === 'language')!.evidence).toBe('machine translation available');
  });

  it('fails when any one dimension has no hit', () => {
    expect(matchStructured({ topics: ['middle-east'], sources: ['mid.ru'] }, release, topics).matched).toBe(false);
    expect(matchStructured({ entities: ['Q1'] }, release, topics).matched).toBe(false);
    expect(matchStructured({ eventTypes: ['visit'] }, release, topics).matched).toBe(false);
    expect(matchStructured({ countries: ['US'] }, release, topics).matched).toBe(false);
  });

  it('leaves the query to Elasticsearch', () => {
    const result = matchStructured({ sources: ['exteriores.gob.es'], query: 'Madrid' }, release, topics);
    expect(result).toMatchObject({ matched: true, needsQuery: true });
    expect(result.reasons).toEqual([{ rule: 'source', value: 'exteriores.gob.es', evidence: 'Ministerio de Asuntos Exteriores' }]);
  });
});
