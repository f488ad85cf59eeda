import { expect } from 'vitest';
import { scrapedRelease } from '@demarche/testing';
import { ingestUrl, searchUrl } from '../env.js';
import { feedsUrl, hex } from '../feeds.js';
import { eventually } from '../http.js';
import { rawRequest, type RawAnswer } from './raw-http.js';

// The requests of the hostile HTTP tests, and the run's marker: each test file that imports this
// has its own, and whatever of its input was accepted is recorded to check nothing else was kept.
export const run = `hh${hex(5)}`;
export const MB = 1024 * 1024;
export const accepted: string[] = [];
export const post = (url: string, contentType: string | undefined, body: Buffer | string, headers: Record<string, string> = {}) =>
  rawRequest(url, { headers: { ...(contentType ? { 'content-type': contentType } : {}), ...headers }, body });
export const push = (contentType: string | undefined, body: Buffer | string, headers: Record<string, string> = {}, query = '') =>
  post(`${ingestUrl}/releases${query}`, contentType, body, headers);
export const pushJson = (value: unknown) => push('application/json', JSON.stringify(value));
export const batch = (body: Buffer | string, headers: Record<string, string> = {}) => post(`${ingestUrl}/releases/batch`, 'application/x-ndjson', body, headers);
export const get = (url: string) => rawRequest(url, { method: 'GET' });
export const subscribe = (value: unknown, contentType = 'application/json') =>
  post(`${feedsUrl}/subscriptions`, contentType, typeof value === 'string' || Buffer.isBuffer(value) ? value : JSON.stringify(value));
/** A 50 MB body streamed in 1 MB chunks, with or without a declared length. */
export const fiftyMegabytes = (declareLength: boolean) => (): Promise<RawAnswer> =>
  rawRequest(`${ingestUrl}/releases`, {
    headers: { 'content-type': 'text/plain', ...(declareLength ? { 'content-length': String(50 * MB) } : {}) },
    body: async function* () {
      for (let i = 0; i < 50; i++) yield Buffer.alloc(MB, 0x41);
    },
  });
/** A release body unique to this run: if a refused input were kept, a search for the marker would find it. */
export const releaseText = (n: string) => scrapedRelease(`${run} ${n}`).text;
export const resultLines = (answer: RawAnswer) => answer.text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, any>);
export const acceptedFrom = (answer: RawAnswer) => {
  for (const line of answer.json ? [answer.json] : resultLines(answer)) if (line.status === 'accepted') accepted.push(line.id);
};
export const good = (n: string) => ({ source: 'hostile.example.org', title: `Statement ${n} ${run}`, body: `The ministry welcomes the agreement number ${n} signed today, reference ${run}, by the delegations of the region.\nThe agreement enters into force next month.` });

/** Only what was accepted is searchable under this run's marker: no refused input was kept. */
export async function expectOnlyAcceptedKept() {
  if (accepted.length === 0) return;
  const everything = async () => (await get(`${searchUrl}/search?${new URLSearchParams({ q: run, collapse: 'false', limit: '100' })}`)).json as { hits: Array<{ id: string; title: string }> };
  const found = await eventually(everything, (r) => accepted.every((id) => r?.hits?.some((h) => h.id === id)), 30_000);
  const stray = found.hits.filter((h) => !accepted.includes(h.id));
  expect(stray.map((h) => h.title)).toEqual([]);
}
