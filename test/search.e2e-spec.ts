import { describe, expect, it } from 'vitest';
import { CORPUS_SIZE, entityId, LANGUAGES, SOURCES, type CorpusRelease } from './fixtures/corpus/corpus.js';
import { corpus, count, get, ids, marker, search, useSearchCorpus, type Result } from './support/search-corpus.js';

useSearchCorpus();

describe('the query syntax', () => {
  it('matches all words, in the original and in the English translation', async () => {
    // "ocean" is in the English text only: Spanish, French and German originals are found through their translation.
    const r = await search({ q: `${marker} ocean`, collapse: 'false', limit: '100' });
    expect(r.hits.map((h) => h.id).sort()).toEqual(ids((x) => x.template === 0));
    expect(new Set(r.hits.map((h) => h.language))).toEqual(new Set(LANGUAGES));
  });

  it('matches a phrase in order and not out of order', async () => {
    const hit = await search({ q: `${marker} "renewable energy"`, collapse: 'false', limit: '100' });
    expect(hit.total).toBe(count((x) => x.template === 4));
    expect((await search({ q: `${marker} "energy renewable"` })).total).toBe(0);
  });

  it('takes OR, NOT and groups', async () => {
    const either = await search({ q: `${marker} (ocean OR tariffs)`, collapse: 'false', limit: '1' });
    expect(either.total).toBe(count((x) => x.template === 0 || x.template === 1));
    const without = await search({ q: `${marker} -ocean -lang:de`, collapse: 'false', limit: '1' });
    expect(without.total).toBe(count((x) => x.template !== 0 && x.language !== 'de'));
    const pipe = await search({ q: `${marker}t0 | ${marker}t3`, collapse: 'false', limit: '1' });
    expect(pipe.total).toBe(count((x) => x.template === 0 || x.template === 3));
  });

  it('scopes words to the title or an exact field', async () => {
    // "wreath" is only in bodies; "visits" only in titles.
    expect((await search({ q: `${marker} title:wreath` })).total).toBe(0);
    expect((await search({ q: `${marker} body:wreath`, collapse: 'false' })).total).toBe(count((x) => x.template === 2));
    expect((await search({ q: `${marker} title:visits`, collapse: 'false' })).total).toBe(count((x) => x.template === 2));
    const bySource = await search({ q: `${marker} source:${SOURCES[1]}`, collapse: 'false', limit: '100' });
    expect(bySource.hits.every((h) => h.source === SOURCES[1])).toBe(true);
    expect(bySource.total).toBe(count((x) => x.source.id === SOURCES[1]));
    expect((await search({ q: `${marker} entity:${entityId(marker, 'tanaka')}`, collapse: 'false' })).total).toBe(
      count((x) => x.entities.some((e) => e.id === entityId(marker, 'tanaka'))),
    );
  });

  it('expands a wildcard after two letters', async () => {
    const r = await search({ q: `${marker} renewa*`, collapse: 'false' });
    expect(r.total).toBe(count((x) => x.template === 4));
  });

  it.each([
    ['"unclosed', /unterminated quote/],
    ['*leading', /at least 2 letters/],
    ['nope:thing', /unknown field "nope:"/],
    ['(a b', /missing closing parenthesis/],
  ])('answers 400 naming the problem for q=%s', async (q, message) => {
    const res = await get('/search', { q });
    expect(res.status).toBe(400);
    expect((res.body as { message: string }).message).toMatch(message);
  });

  it('never lets query DSL through: a JSON query is searched as words', async () => {
    const res = await get('/search', { q: `{"match_all":{}} ${marker}` });
    expect(res.status).toBe(200);
    expect((res.body as Result).total).toBe(0);
  });
});

describe('filters', () => {
  it('filter by language, source, country, entity, topic, event type and date, combined', async () => {
    const r = await search({ q: marker, language: 'es', collapse: 'false', limit: '100' });
    expect(r.total).toBe(count((x) => x.language === 'es'));
    const combined = await search({
      q: marker,
      source: `${SOURCES[0]},${SOURCES[2]}`,
      country: 'jp',
      topic: 'medtop:11000000',
      collapse: 'false',
    });
    expect(combined.total).toBe(
      count((x) => [SOURCES[0], SOURCES[2]].includes(x.source.id) && x.countries.includes('JP') && x.topics[0].code === 'medtop:11000000'),
    );
    const byEvent = await search({ q: marker, eventType: 'visit', entity: entityId(marker, 'okafor'), collapse: 'false' });
    expect(byEvent.total).toBe(count((x) => x.eventType === 'visit' && x.entities.some((e) => e.id === entityId(marker, 'okafor'))));
    const inMarch = await search({ q: marker, from: '2024-03-01', to: '2024-03-31', collapse: 'false', limit: '100' });
    const march = (x: CorpusRelease) => x.publishedAt!.startsWith('2024-03');
    expect(inMarch.hits.map((h) => h.id).sort()).toEqual(ids(march));
  });

  it('rejects bad filter values with 400s naming them', async () => {
    for (const [params, message] of [
      [{ from: 'yesterday' }, /from must be an ISO 8601 date/],
      [{ country: 'France' }, /country must be ISO 3166-1/],
      [{ limit: '1000' }, /limit must not be greater than 100/],
      [{ sort: 'random' }, /sort must be one of/],
      [{ cursor: 'not-a-cursor' }, /cursor is not a nextCursor/],
      [{ script: 'x' }, /property script should not exist/],
    ] as const) {
      const res = await get('/search', { q: marker, ...params });
      expect(res.status, JSON.stringify(params)).toBe(400);
      expect(JSON.stringify(res.body)).toMatch(message);
    }
  });
});

describe('facets, highlights, sort, collapse', () => {
  it('counts entities by type, countries, sources, topics, languages, event types and dates', async () => {
    const { facets } = await search({ q: marker, collapse: 'false', limit: '1', dateInterval: 'month' });
    expect(facets).toBeDefined();
    const persons = Object.fromEntries(facets!.entities.person.map((e) => [e.id, e.count]));
    expect(persons[entityId(marker, 'okafor')]).toBe(count((x) => x.entities.some((e) => e.id === entityId(marker, 'okafor'))));
    expect(facets!.entities.person.find((e) => e.id === entityId(marker, 'okafor'))?.name).toBe(`Amina Okafor ${marker}`);
    expect(facets!.entities.organization.map((e) => e.id).sort()).toEqual([entityId(marker, 'unep'), entityId(marker, 'wto')]);
    expect(Object.fromEntries(facets!.languages.map((b) => [b.value, b.count]))).toEqual(
      Object.fromEntries(LANGUAGES.map((l) => [l, count((x) => x.language === l)])),
    );
    expect(facets!.sources.reduce((n, b) => n + b.count, 0)).toBe(CORPUS_SIZE);
    expect(facets!.countries.find((b) => b.value === 'JP')?.count).toBe(count((x) => x.countries.includes('JP')));
    expect(facets!.topics.find((t) => t.value === 'medtop:06000000')).toMatchObject({ label: 'environment' });
    expect(facets!.eventTypes.find((b) => b.value === 'agreement')?.count).toBe(count((x) => x.eventType === 'agreement'));
    expect(facets!.dates.reduce((n, b) => n + b.count, 0)).toBe(CORPUS_SIZE);
    expect(facets!.dates[0].date).toBe('2024-01-01');
  });

  it('highlights matches in the snippet and the title, HTML-escaped', async () => {
    const r = await search({ q: `${marker} wreath`, language: 'en' });
    expect(r.hits[0].snippet).toContain('<mark>wreath</mark>');
    const script = await search({ q: `${marker} script` });
    const hit = script.hits.find((h) => h.title.includes('<script>'));
    expect(hit).toBeDefined();
    expect(hit!.titleHighlight).toContain('&lt;');
    expect(hit!.titleHighlight).not.toContain('<script>');
  });

  it('sorts by date, newest first', async () => {
    const r = await search({ q: marker, sort: 'date', collapse: 'false', limit: '100' });
    const dates = r.hits.map((h) => h.publishedAt);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('collapses near-duplicates into one hit with "also published by"', async () => {
    const r = await search({ q: marker, limit: '100' });
    expect(r.total).toBe(CORPUS_SIZE);
    expect(r.hits).toHaveLength(CORPUS_SIZE - 3);
    const cluster = r.hits.find((h) => h.clusterId === corpus[0].id)!;
    expect(cluster.alsoPublishedBy.count).toBe(1);
    const other = cluster.id === corpus[0].id ? corpus[57] : corpus[0];
    expect(cluster.alsoPublishedBy.sources).toEqual([other.source.id]);
  });
});
