import { describe, expect, it } from 'vitest';
import { CORPUS_SIZE, entityId } from './fixtures/corpus/corpus.js';
import { corpus, count, get, marker, search, useSearchCorpus } from './support/search-corpus.js';

useSearchCorpus();

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
