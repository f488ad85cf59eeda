import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus, CORPUS_SIZE, entityId, LANGUAGES, SOURCES, type CorpusRelease } from './fixtures/corpus/corpus.js';
import { EnrichedProducer } from './support/enriched-producer.js';
import { searchUrl } from './support/env.js';
import { eventually } from './support/http.js';

const marker = `zs${randomBytes(4).toString('hex')}`;
const corpus = buildCorpus(marker);
const producer = new EnrichedProducer();

interface Hit {
  id: string;
  title: string;
  titleHighlight?: string;
  language: string;
  source: string;
  snippet: string;
  publishedAt: string;
  clusterId: string;
  alsoPublishedBy: { count: number; sources: string[] };
}
interface Result {
  total: number;
  hits: Hit[];
  nextCursor?: string;
  facets?: {
    entities: Record<string, { id: string; name: string; count: number }[]>;
    countries: { value: string; count: number }[];
    sources: { value: string; count: number }[];
    topics: { value: string; label: string; count: number }[];
    languages: { value: string; count: number }[];
    eventTypes: { value: string; count: number }[];
    dates: { date: string; count: number }[];
  };
}

async function get(path: string, params: Record<string, string> = {}) {
  const res = await fetch(`${searchUrl}${path}?${new URLSearchParams(params)}`);
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // NDJSON, CSV or HTML
  }
  return { status: res.status, body, text, headers: res.headers };
}
const search = async (params: Record<string, string>) => {
  const res = await get('/search', params);
  if (res.status !== 200) throw new Error(`search ${JSON.stringify(params)} → ${res.status} ${res.text}`);
  return res.body as Result;
};
const count = (predicate: (r: CorpusRelease) => boolean) => corpus.filter(predicate).length;
const ids = (predicate: (r: CorpusRelease) => boolean) => corpus.filter(predicate).map((r) => r.id).sort();

beforeAll(async () => {
  await producer.connect();
  await producer.send(corpus.map(({ template, ...release }) => (void template, release)));
  const all = await eventually(() => search({ q: marker, collapse: 'false', limit: '1', facets: 'false' }), (r) => r.total === CORPUS_SIZE, 90_000);
  expect(all.total).toBe(CORPUS_SIZE);
}, 120_000);

afterAll(() => producer.disconnect());

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

describe('cursor pagination', () => {
  it.each([['false'], ['true']])('walks the whole result set without repeats (collapse=%s)', async (collapse) => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const r = await search({ q: marker, limit: '7', collapse, ...(cursor ? { cursor } : {}) });
      seen.push(...r.hits.map((h) => h.id));
      if (pages > 0) expect(r.facets).toBeUndefined();
      cursor = r.nextCursor;
      pages++;
    } while (cursor && pages < 20);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(collapse === 'true' ? CORPUS_SIZE - 3 : CORPUS_SIZE);
    expect(pages).toBe(Math.ceil(seen.length / 7) + (seen.length % 7 === 0 ? 1 : 0));
  });
});

describe('releases, similar, entities', () => {
  it('gives a whole release with translations and entities, 400 for a bad id, 404 for none', async () => {
    const es = corpus.find((x) => x.language === 'es')!;
    const res = await get(`/releases/${es.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: es.id, language: 'es', translations: [{ language: 'en' }], entities: expect.any(Array) });
    expect((await get('/releases/../etc')).status).toBeGreaterThanOrEqual(400);
    expect((await get('/releases/not-an-id')).status).toBe(400);
    expect((await get(`/releases/rel_${'0'.repeat(24)}`)).status).toBe(404);
  });

  it('finds similar releases: the same template first', async () => {
    const res = await get(`/releases/${corpus[4].id}/similar`, { limit: '5' });
    expect(res.status).toBe(200);
    const hits = (res.body as { hits: { id: string }[] }).hits;
    const byId = new Map(corpus.map((x) => [x.id, x]));
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.map((h) => h.id)).not.toContain(corpus[4].id);
    expect(byId.get(hits[0].id)?.template).toBe(corpus[4].template);
  });

  it('autocompletes entities by a word of their name', async () => {
    const res = await get('/entities', { prefix: marker.toUpperCase(), type: 'person', limit: '10' });
    expect(res.status).toBe(200);
    const found = (res.body as { entities: { id: string; type: string }[] }).entities;
    expect(found.map((e) => e.id).sort()).toEqual(['jensen', 'okafor', 'ruiz', 'tanaka'].map((k) => entityId(marker, k)));
    expect((await get('/entities', {})).status).toBe(400);
    expect((await get('/entities', { prefix: 'x', type: 'planet' })).status).toBe(400);
  });

  it('profiles an entity: timeline, co-mentions, roles, latest', async () => {
    const id = entityId(marker, 'tanaka');
    const res = await get(`/entities/${id}`);
    expect(res.status).toBe(200);
    const profile = res.body as {
      name: string;
      type: string;
      releases: number;
      timeline: { count: number }[];
      coMentioned: { id: string }[];
      roles: { role: string }[];
      latest: { id: string }[];
    };
    expect(profile).toMatchObject({ name: `Mei Tanaka ${marker}`, type: 'person' });
    expect(profile.releases).toBe(count((x) => x.entities.some((e) => e.id === id)));
    expect(profile.timeline.reduce((n, b) => n + b.count, 0)).toBe(profile.releases);
    expect(profile.coMentioned.map((e) => e.id)).toContain(entityId(marker, 'ruiz'));
    expect(profile.coMentioned.map((e) => e.id)).not.toContain(id);
    expect(profile.roles.map((r) => r.role)).toEqual(['prime minister']);
    expect(profile.latest.length).toBeGreaterThan(0);
    expect((await get(`/entities/T${marker}-nobody`)).status).toBe(404);
  });
});

describe('export', () => {
  it('streams the whole result set as NDJSON', async () => {
    const res = await get('/export', { q: marker });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/x-ndjson/);
    const rows = res.text.trim().split('\n').map((l) => JSON.parse(l) as { id: string });
    expect(rows.map((r) => r.id).sort()).toEqual(corpus.map((x) => x.id).sort());
  });

  it('streams CSV with a header, quoting and formula-neutralised cells', async () => {
    const res = await get('/export', { q: marker, format: 'csv', language: 'fr' });
    expect(res.status).toBe(200);
    const lines = res.text.trim().split('\r\n');
    expect(lines[0]).toBe('id,publishedAt,source,language,countries,eventType,clusterId,url,title,entities,topics');
    expect(lines).toHaveLength(1 + count((x) => x.language === 'fr'));
  });

  it('rejects a bad format or query with a 400 before streaming', async () => {
    expect((await get('/export', { q: marker, format: 'xlsx' })).status).toBe(400);
    expect((await get('/export', { q: '"open' })).status).toBe(400);
  });
});
