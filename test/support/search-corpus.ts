import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Facets } from '../../services/search/src/search/facets.js';
import { buildCorpus, CORPUS_SIZE, type CorpusRelease } from '../fixtures/corpus/corpus.js';
import { EnrichedProducer } from './enriched-producer.js';
import { searchUrl } from './env.js';
import { eventually } from './http.js';

// The search e2e tests' corpus and requests: each test file that uses it indexes a corpus of its own.
export const marker = `zs${randomBytes(4).toString('hex')}`;
export const corpus = buildCorpus(marker);
const producer = new EnrichedProducer();

export interface Hit {
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
export interface Result {
  total: number;
  hits: Hit[];
  nextCursor?: string;
  facets?: Facets;
}

export async function get(path: string, params: Record<string, string> = {}) {
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
export const search = async (params: Record<string, string>) => {
  const res = await get('/search', params);
  if (res.status !== 200) throw new Error(`search ${JSON.stringify(params)} → ${res.status} ${res.text}`);
  return res.body as Result;
};
export const count = (predicate: (r: CorpusRelease) => boolean) => corpus.filter(predicate).length;
export const ids = (predicate: (r: CorpusRelease) => boolean) => corpus.filter(predicate).map((r) => r.id).sort();

/** Indexes this file's corpus (its own marker) before its tests, as the enrich stage would publish it. */
export function useSearchCorpus() {
  beforeAll(async () => {
    await producer.connect();
    await producer.send(corpus.map(({ template, ...release }) => (void template, release)));
    const all = await eventually(() => search({ q: marker, collapse: 'false', limit: '1', facets: 'false' }), (r) => r.total === CORPUS_SIZE, 90_000);
    expect(all.total).toBe(CORPUS_SIZE);
  }, 120_000);

  afterAll(() => producer.disconnect());
}
