import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { searchUrl } from './support/env.js';
import { eventually, push } from './support/http.js';
import { postJson, pushBatch, releaseStatus } from './support/ingest-api.js';
import { rewriteRecordedEvent } from './support/ledger.js';

// Releases in the shapes real archives hold (fixtures written for this test after real layouts):
// a headline run into its dateline, no headline at all, a trip announced for a later date, deep
// markup, a JSON title beside an HTML page, a feed item's title and pubDate.
const m = `zq${randomBytes(5).toString('hex')}`;
const fixture = (name: string) => readFileSync(new URL(`./fixtures/release-shapes/${name}`, import.meta.url), 'utf8');
const unique = (text: string) => `${text}\n\nReference ${m}-${randomBytes(3).toString('hex')}.`;
const document = async (id: string) => (await fetch(`${searchUrl}/releases/${id}`)).json() as Promise<Record<string, any>>;

describe('POST /releases never refuses a real release for its shape', () => {
  it('splits a headline run into its dateline off as the title', async () => {
    const res = await push(unique(fixture('run-in-title.txt')), 'text/plain; charset=utf-8', '?source=senate.example.gov');
    expect(res.status).toBe(202);
    expect(res.body.title).toBe('Hiroshi Welcomes Funding for Coastal Health Clinics');
  });

  it('derives a title from the first sentence when there is none, and dates it at ingest', async () => {
    const before = Date.now();
    const res = await push(unique(fixture('no-title.txt')), 'text/plain; charset=utf-8', '?source=senate.example.gov');
    expect(res.status).toBe(202);
    expect(String(res.body.title)).toMatch(/^United States Senator Jane Hiroshi \(D-HI\) announced that the Senate passed her bill/u);
    expect(Date.parse(String(res.body.publishedAt))).toBeGreaterThanOrEqual(before - 1000);
    // The indexed document says so, for the analyst and the feeds.
    const doc = await eventually(() => document(String(res.body.id)), (d) => Array.isArray(d.paragraphs));
    expect(doc).toMatchObject({ titleSource: 'derived', dateSource: 'ingest' });
  });

  it('never dates a release after it was pushed: a trip announced for 2030 is a mention', async () => {
    const res = await push(unique(fixture('future-date.txt')), 'text/plain; charset=utf-8', '?source=mfa.example.org');
    expect(res.status).toBe(202);
    expect(String(res.body.publishedAt).slice(0, 4)).not.toBe('2030');
    expect(Date.parse(String(res.body.publishedAt))).toBeLessThanOrEqual(Date.now());
  });

  it('reads a page nested deeper than any limit instead of refusing it', async () => {
    const html = `<html><head><title>Deep page ${m}</title></head><body>${'<div>'.repeat(3000)}<p>${unique('The ministry welcomes the signing of the memorandum on maritime cooperation by the coastal states.')}</p>${'</div>'.repeat(3000)}</body></html>`;
    const res = await push(html, 'text/html; charset=utf-8', '?source=mfa.example.org');
    expect(res.status).toBe(202);
    expect(res.body.title).toBe(`Deep page ${m}`);
  });

  it('takes a JSON title and date as stated beside a whole HTML page', async () => {
    const html = `<html><head><title>News | Ministry</title></head><body><h1>Another heading</h1><p>${unique('The ministers met in Santiago and signed two agreements on trade and science.')}</p></body></html>`;
    const res = await postJson('/releases', { source: 'mfa.example.org', title: `Talks with Chile ${m}`, html, publishedAt: '2019-05-27T10:00:00+02:00' });
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ title: `Talks with Chile ${m}`, publishedAt: '2019-05-27T10:00:00+02:00' });
  });

  it('keeps a JSON body whole beside its title (the first line is body, not a second title)', async () => {
    const body = unique('The ministers met in Lima.\nThey signed an agreement on consular cooperation.');
    const res = await postJson('/releases', { source: 'mfa.example.org', title: `Talks with Peru ${m}`, body });
    expect(res.status).toBe(202);
    const doc = await eventually(() => document(String(res.body.id)), (d) => Array.isArray(d.paragraphs));
    expect(doc.title).toBe(`Talks with Peru ${m}`);
    expect(doc.paragraphs[0]).toBe('The ministers met in Lima.');
  });

  it('keeps a one-paragraph Chinese body under its JSON title, dated from its lead', async () => {
    const lead = `2023年5月6日，国务委员兼外长王毅在伊斯兰堡会见巴基斯坦外长比拉瓦尔。王毅表示，中方愿同巴方一道，推进中巴经济走廊建设。${m}`;
    const res = await postJson('/releases', { source: 'fmprc.example.org', title: `王毅会见巴基斯坦外长比拉瓦尔 ${m}`, body: lead });
    expect(res.status).toBe(202);
    const doc = await eventually(() => document(String(res.body.id)), (d) => Array.isArray(d.paragraphs));
    expect(doc).toMatchObject({ title: `王毅会见巴基斯坦外长比拉瓦尔 ${m}`, paragraphs: [lead], language: 'zh' });
    expect(String(doc.publishedAt)).toMatch(/^2023-05-06/);
  });

  it('takes a feed item title and pubDate (as demarche import sends them) as stated', async () => {
    const xml = fixture('feed-item.xml').replace('Minister to travel to Chile', `Minister to travel to Chile ${m}`);
    const item = xml.match(/<item>[\s\S]*<\/item>/u)![0];
    const res = await pushBatch([
      JSON.stringify({
        source: 'mfa.example.org',
        title: item.match(/<title>(.*)<\/title>/u)![1],
        html: item.match(/<description>(.*)<\/description>/u)![1].replaceAll('&lt;', '<').replaceAll('&gt;', '>'),
        publishedAt: '2019-05-27T10:00:00.000Z',
      }),
    ]);
    expect(res.results[0]).toMatchObject({ status: 'accepted', title: `Minister to travel to Chile ${m}`, publishedAt: '2019-05-27T10:00:00.000Z' });
  });
});

describe('POST /releases/reextract (demarche replay --reextract)', () => {
  let id: string;
  let revision: number;

  it('re-extracts a release recorded by an older extractor: same id, new revision, indexed document replaced', async () => {
    const res = await push(unique(fixture('run-in-title.txt')), 'text/plain; charset=utf-8', '?source=senate.example.gov');
    expect(res.status).toBe(202);
    id = String(res.body.id);
    await eventually(() => document(id), (d) => d.title === res.body.title);
    // What the extractor before this one made of it: the whole run-in line as title, no date source.
    await rewriteRecordedEvent(id, (event) => {
      event.title = 'Hiroshi Welcomes Funding for Coastal Health Clinics WASHINGTON, D.C. -- United States Senator';
      event.contentHash = 'f'.repeat(64);
      delete event.titleSource;
    });
    const answer = await postJson('/releases/reextract', { id });
    expect(answer).toMatchObject({ status: 200, body: { replayed: 1, changed: 1, failed: 0 } });
    const status = await releaseStatus(id);
    expect(status.body.title).toBe('Hiroshi Welcomes Funding for Coastal Health Clinics');
    revision = status.body.revision;
    const doc = await eventually(() => document(id), (d) => d.revision === revision);
    expect(doc).toMatchObject({ id, revision, title: 'Hiroshi Welcomes Funding for Coastal Health Clinics' });
  });

  it('reports nothing changed when the extractor gives the same release again', async () => {
    const answer = await postJson('/releases/reextract', { id });
    expect(answer.body).toMatchObject({ replayed: 1, changed: 0 });
    expect((await releaseStatus(id)).body.revision).toBe(revision);
  });

  it('refuses an unbounded re-extraction', async () => {
    expect((await postJson('/releases/reextract', {})).status).toBe(400);
  });
});
