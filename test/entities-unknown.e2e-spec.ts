import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { eventually, push } from './support/http.js';
import { searchUrl } from './support/env.js';
import type { Entity } from './support/entity.js';

const get = async (path: string) => {
  const res = await fetch(`${searchUrl}${path}`);
  return { status: res.status, body: (res.ok ? await res.json() : {}) as Record<string, unknown> };
};

// People, ministries and towns that are in no knowledge base: the recogniser must find them,
// and they must reach the index as entities an analyst can facet on and open.
describe('entities the knowledge base lacks, from push to search', () => {
  const marker = `zq${randomBytes(5).toString('hex')}`;
  const release = {
    source: 'e2e.example.org',
    title: `Deputy Minister Olumide Adeyemi visits Kaduna ${marker}`,
    body: [
      `ABUJA, 12 March 2024 — Deputy Minister of Agriculture Olumide Adeyemi travelled to Kaduna and Zaria this week with officials of the Federal Ministry of Water Resources (${marker}).`,
      'In Zaria, Mr. Adeyemi met Governor Hadiza Bello-Okafor and the chair of the Kaduna State Irrigation Authority, Ibrahim Musa Danjuma, to review the dam programme.',
      'Governor Bello-Okafor thanked the Deputy Minister. Adeyemi said the Federal Ministry of Water Resources would open an office in Zaria before June.',
    ].join('\n\n'),
    publishedAt: '2024-03-12T10:00:00',
    language: 'en',
  };
  let id: string;
  let entities: Entity[] = [];

  it('is accepted', async () => {
    const res = await push(JSON.stringify(release), 'application/json');
    expect(res.status).toBe(202);
    id = res.body.id as string;
  });

  it('comes out with each person, ministry and town as an entity, unlinked, with its role', async () => {
    const doc = await eventually(() => get(`/releases/${id}`), (d) => ((d.body.entities as Entity[] | undefined)?.length ?? 0) > 0, 120_000);
    entities = doc.body.entities as Entity[];
    const byId = new Map(entities.map((e) => [e.id, e]));
    expect(byId.get('unlinked:person:olumide-adeyemi')).toMatchObject({ type: 'person', linked: false, role: 'Deputy Minister' });
    expect(byId.get('unlinked:person:hadiza-bello-okafor')).toMatchObject({ type: 'person', linked: false, role: 'Governor' });
    expect(byId.get('unlinked:person:ibrahim-musa-danjuma')).toMatchObject({ type: 'person', linked: false });
    expect(byId.get('unlinked:organization:federal-ministry-of-water-resources')).toMatchObject({ type: 'organization', linked: false });
    expect(byId.get('unlinked:location:zaria')).toMatchObject({ type: 'location', linked: false });
    expect(byId.get('unlinked:location:kaduna')).toMatchObject({ type: 'location', linked: false });
    // One person, however written: "Olumide Adeyemi", "Mr. Adeyemi", "Adeyemi".
    expect(entities.filter((e) => e.name.includes('Adeyemi'))).toHaveLength(1);
    expect(entities.filter((e) => e.name.includes('Bello-Okafor'))).toHaveLength(1);
  });

  it('is facetable by them in search, and each has an entity page', async () => {
    const personFacet = (r: { body: Record<string, unknown> }) => (r.body.facets as { entities?: Record<string, { id: string }[]> } | undefined)?.entities?.person ?? [];
    const found = await eventually(() => get(`/search?${new URLSearchParams({ q: marker })}`), (r) => personFacet(r).length > 0, 30_000);
    expect(found.status).toBe(200);
    const facets = (found.body.facets as { entities: Record<string, { id: string; count: number }[]> }).entities;
    expect(facets.person.map((p) => p.id)).toEqual(expect.arrayContaining(['unlinked:person:olumide-adeyemi', 'unlinked:person:hadiza-bello-okafor']));
    expect(facets.organization.map((o) => o.id)).toContain('unlinked:organization:federal-ministry-of-water-resources');
    expect(facets.location.map((l) => l.id)).toContain('unlinked:location:zaria');

    const filtered = await get(`/search?${new URLSearchParams({ q: marker, entity: 'unlinked:person:olumide-adeyemi' })}`);
    expect((filtered.body.hits as { id: string }[]).map((h) => h.id)).toEqual([id]);

    for (const entity of ['unlinked:person:olumide-adeyemi', 'unlinked:organization:federal-ministry-of-water-resources', 'unlinked:location:zaria']) {
      const page = await get(`/entities/${encodeURIComponent(entity)}`);
      expect(page.status, entity).toBe(200);
      expect(JSON.stringify(page.body)).toContain(id);
    }
  });
});
