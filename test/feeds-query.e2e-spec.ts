import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReleaseIndexedV1 } from '@demarche/contracts';
import { searchUrl } from './support/env.js';
import { api, closeClients, hex, indexedRelease, publishIndexed } from './support/feeds.js';
import { eventually } from './support/http.js';

/**
 * One query language: each query runs through the search API and as a subscription's
 * filter.query over the same releases, and both give the same releases. The queries use what
 * simple_query_string reads differently: OR/NOT words, field scopes, `?` wildcards.
 */
const m = `zq${hex(5)}`;
const release = (overrides: Partial<ReleaseIndexedV1>) => indexedRelease(m, { topics: [], ...overrides });
const releases = {
  sanctionsIran: release({
    title: `New sanctions on Iran ${m}`,
    paragraphs: [`The ministry announced sanctions over the nuclear programme, reference ${m}.`],
    countries: ['IR'],
  }),
  tradeFrance: release({
    title: `Joint statement on trade ${m}`,
    paragraphs: [`A joint statement on tariffs and trade with France, reference ${m}.`],
    countries: ['FR'],
  }),
  climateSummit: release({
    title: `Summit on climate finance ${m}`,
    paragraphs: [`Ministers met at the summit to discuss adaptation, reference ${m}.`],
    countries: ['FR'],
    source: { id: 'embassy.example.org', name: 'Embassy', country: 'FR' },
  }),
  spanish: release({
    title: `Sanciones contra el régimen ${m}`,
    paragraphs: [`El ministerio anuncia sanciones, referencia ${m}.`],
    language: 'es',
    countries: ['VE'],
    translations: [{ language: 'en', title: `Sanctions against the regime ${m}`, paragraphs: [`The ministry announces sanctions, reference ${m}.`], machine: true, backend: 'apertium' }],
    translation: { status: 'done', pending: [], unsupported: [] },
  }),
  notWord: release({
    title: `Talks on nuclear safety ${m}`,
    paragraphs: [`Nuclear safety talks, reference ${m}.`],
    countries: ['JP'],
  }),
};
const name = (id: string) => Object.entries(releases).find(([, r]) => r.id === id)?.[0] ?? id;

/** Query → the releases it must match, by construction of the fixtures. */
const QUERIES: Record<string, string[]> = {
  [`${m} (sanctions OR tariffs)`]: ['sanctionsIran', 'spanish', 'tradeFrance'],
  [`${m} NOT nuclear`]: ['climateSummit', 'spanish', 'tradeFrance'],
  [`${m} -nuclear -sanctions`]: ['climateSummit', 'tradeFrance'],
  [`${m} country:fr`]: ['climateSummit', 'tradeFrance'],
  [`${m} nucl?ar`]: ['notWord', 'sanctionsIran'],
  [`${m} title:summit`]: ['climateSummit'],
  [`${m} "joint statement"`]: ['tradeFrance'],
  [`${m} (sanctions | climate) -country:ir`]: ['climateSummit', 'spanish'],
  [`${m} source:embassy.example.org`]: ['climateSummit'],
  [`${m} lang:es`]: ['spanish'],
  [`${m} sanc*`]: ['sanctionsIran', 'spanish'],
};

type Feed = { items: Array<{ id: string }> };
const subs = new Map<string, string>();

async function searched(q: string): Promise<string[]> {
  const res = await fetch(`${searchUrl}/search?${new URLSearchParams({ q, collapse: 'false', limit: '50', facets: 'false' })}`);
  if (res.status !== 200) throw new Error(`search ${q} → ${res.status} ${await res.text()}`);
  return ((await res.json()) as { hits: Array<{ id: string }> }).hits.map((h) => name(h.id)).sort();
}

async function subscribed(q: string): Promise<string[]> {
  const feed = (await api<Feed>(`/subscriptions/${subs.get(q)}/feed.json`)).body;
  return feed.items.map((i) => name(i.id.replace('urn:demarche:release:', ''))).sort();
}

beforeAll(async () => {
  for (const q of Object.keys(QUERIES)) {
    const res = await api<{ id: string }>('/subscriptions', { method: 'POST', json: { name: q, owner: m, filter: { query: q } } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    subs.set(q, res.body.id);
  }
  // The subscription cache reloads every few seconds; let it see the new subscriptions.
  await new Promise((r) => setTimeout(r, 3500));
  await publishIndexed(...Object.values(releases));
  await eventually(() => subscribed(`${m} NOT nuclear`), (got) => got.length >= 3, 60_000);
  await new Promise((r) => setTimeout(r, 2000));
});

afterAll(async () => {
  for (const id of subs.values()) await api(`/subscriptions/${id}`, { method: 'DELETE' });
  await closeClients();
});

describe('a query means the same in search and in a subscription', () => {
  it.each(Object.entries(QUERIES))('%s', async (q, expected) => {
    const [bySearch, bySubscription] = [await searched(q), await subscribed(q)];
    expect(bySearch).toEqual(expected);
    expect(bySubscription).toEqual(bySearch);
  });

  it('explains a query match: the matched words, highlighted per field and language, in the feed and the webhook body', async () => {
    type Why = { rule: string; terms?: string[]; fragments?: Array<{ field: string; language: string; fragments: string[] }> };
    const feed = (await api<{ items: Array<{ id: string; content_html: string; _demarche: { why: Why[] } }> }>(`/subscriptions/${subs.get(`${m} (sanctions OR tariffs)`)}/feed.json`)).body;
    const spanish = feed.items.find((i) => i.id.endsWith(releases.spanish.id))!;
    const why = spanish._demarche.why.find((w) => w.rule === 'query')!;
    expect(why.terms).toEqual(expect.arrayContaining([m, 'sanctions']));
    expect(why.fragments).toEqual(
      expect.arrayContaining([{ field: 'title', language: 'en', fragments: [`<mark>Sanctions</mark> against the regime <mark>${m}</mark>`] }]),
    );
    expect(spanish.content_html).toContain('<mark>Sanctions</mark>');
  });

  it('previews a draft subscription over the archive: what it would have delivered, each with its why', async () => {
    const res = await api<{ total: number; items: Array<{ releaseId: string; why: Array<{ rule: string; value: string; fragments?: unknown[] }> }> }>(
      '/subscriptions/preview',
      { method: 'POST', json: { filter: { query: `${m} (sanctions OR tariffs)`, countries: ['IR', 'VE'] }, days: 2 } },
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.items.map((i) => name(i.releaseId)).sort()).toEqual(['sanctionsIran', 'spanish']);
    for (const item of res.body.items) {
      expect(item.why.map((w) => w.rule)).toEqual(['country', 'query']);
      expect(item.why[1].fragments!.length).toBeGreaterThan(0);
    }
    const bad = await api<{ character: number }>('/subscriptions/preview', { method: 'POST', json: { filter: { query: 'a OR' } } });
    expect(bad.status).toBe(400);
    expect(bad.body.character).toBe(5);
  });

  it('refuses a subscription whose query does not parse, naming the character', async () => {
    const res = await api<{ message: string; character: number }>('/subscriptions', {
      method: 'POST',
      json: { name: 'bad', owner: m, filter: { query: 'sanctions (Iran' } },
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ message: 'filter.query: missing closing parenthesis (at character 11)', character: 11 });
    const search = await fetch(`${searchUrl}/search?${new URLSearchParams({ q: 'sanctions (Iran' })}`);
    expect(((await search.json()) as { message: string }).message).toContain('missing closing parenthesis (at character 11)');
  });
});
