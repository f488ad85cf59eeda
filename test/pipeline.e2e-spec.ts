import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { scrapedRelease } from '@demarche/testing';
import { eventually, push, search } from './support/http.js';
import { searchUrl } from './support/env.js';

const marker = () => `zq${randomBytes(5).toString('hex')}`;

// Each case reads the release pushed once in beforeAll, so any one of them can run alone.
describe('a scraped release, from push to search', () => {
  const sample = scrapedRelease(marker());
  const word = sample.title.split(' ').at(-1)!;
  let first: Awaited<ReturnType<typeof push>>;
  let id: string;

  beforeAll(async () => {
    first = await push(sample.text);
    id = first.body.id as string;
  });

  it('is accepted with a release id', () => {
    expect(first.status).toBe(202);
    expect(first.body).toMatchObject({ status: 'accepted', title: sample.title, language: 'en' });
    expect(id).toMatch(/^rel_[0-9a-f]{24}$/);
  });

  it('is found by a word of its body, with title, date, language and a highlighted snippet', async () => {
    const result = await eventually(() => search(word), (r) => r.total > 0);
    expect(result.total).toBe(1);
    expect(result.hits[0]).toMatchObject({ id, title: sample.title, publishedAt: sample.publishedAt, language: 'en' });
    expect(result.hits[0].snippet).toContain(`<mark>${word}</mark>`);
  });

  it('is found by a quoted phrase, and not by a phrase that is not in it', async () => {
    const hit = await eventually(() => search(`"rising sea levels" ${word}`), (r) => r.total > 0);
    expect(hit.hits.map((h) => h.id)).toEqual([id]);
    const miss = await search(`"sea rising levels" ${word}`);
    expect(miss.total).toBe(0);
  });

  it('stores exactly the release paragraphs, none of the page furniture', async () => {
    await eventually(() => search(word), (r) => r.total > 0);
    const res = await fetch(`${searchUrl}/releases/${id}`);
    const doc = (await res.json()) as { paragraphs: string[]; body: string };
    expect(doc.paragraphs).toEqual(sample.paragraphs);
    expect(doc.body).not.toMatch(/Popular articles|spambots|Karori|476-6113/);
  });

  it('pushed again, keeps its id and stays one document', async () => {
    const again = await push(sample.text);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id, status: 'duplicate' });
    await eventually(() => search(word), (r) => r.total > 0);
    await new Promise((r) => setTimeout(r, 2000));
    expect((await search(word)).total).toBe(1);
  });
});

describe('bad pushes get a clear 4xx', () => {
  it('rejects an empty body', async () => {
    const res = await push('   ');
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toMatch(/empty/i);
  });

  it('rejects an unsupported media type', async () => {
    const res = await push('<a/>', 'application/xml');
    expect(res.status).toBe(415);
  });

  it('names each bad field of a JSON push', async () => {
    const res = await push(JSON.stringify({ title: 'x', source: 'Not A Slug!' }), 'application/json');
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.message)).toMatch(/source/);
    expect(JSON.stringify(res.body.message)).toMatch(/body or html is required/);
  });

  it('rejects text in which no release can be found', async () => {
    const res = await push('Popular articles');
    expect(res.status).toBe(422);
    expect(String(res.body.code)).toMatch(/^EXTRACT\./);
  });
});
