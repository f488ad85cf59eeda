import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { eventually, push } from './support/http.js';
import { postJson, pushBatch, releaseStatus, searchAll } from './support/ingest-api.js';

const marker = () => `zq${randomBytes(5).toString('hex')}`;

/** A release long enough for near-duplicate detection, unique to this run. */
function release(m: string) {
  const title = `Joint statement on coastal fisheries cooperation ${m}`;
  const paragraphs = [
    `The foreign ministers met in Valletta on 12 May to review the coastal fisheries agreement, reference ${m}.`,
    'They welcomed the progress made by the joint commission on quotas, inspection at sea and the exchange of catch data between the coastal states.',
    'The ministers agreed to extend the scientific programme on stock assessment for another five years and to open it to researchers from neighbouring countries.',
    'Both sides underlined the importance of fighting illegal, unreported and unregulated fishing, and agreed on joint patrols during the spawning season.',
    'The next meeting of the joint commission will take place in the autumn, and the ministers will review its results at their annual consultations.',
  ];
  return { title, paragraphs, body: paragraphs.join('\n') };
}

describe('POST /releases/batch', () => {
  const m = marker();
  const a = release(m);
  const edited = [...a.paragraphs];
  edited[4] = 'The next meeting of the joint commission is planned for the autumn; the ministers will review its results at their yearly consultations.';
  const lines = [
    JSON.stringify({ source: 'mfa-one.example', url: `https://mfa-one.example/${m}`, title: a.title, body: a.body, publishedAt: '2026-05-12T10:00:00Z' }),
    '{"source": "mfa-one.example", "title": "broken',
    JSON.stringify({ source: 'Not A Slug', body: 'x' }),
    JSON.stringify({ source: 'embassy-two.example', url: `https://embassy-two.example/news/${m}`, title: a.title, body: a.body }),
    JSON.stringify({ source: 'embassy-three.example', url: `https://embassy-three.example/${m}`, title: `${a.title} (unofficial translation)`, body: edited.join('\n') }),
    JSON.stringify({ source: 'mfa-one.example', body: 'Popular articles' }),
  ];
  let results: Record<string, any>[];

  it('answers one result line per record, in order, bad lines rejected with reasons', async () => {
    const res = await pushBatch(lines);
    expect(res.status).toBe(200);
    results = res.results;
    expect(results.map((r) => [r.line, r.status])).toEqual([
      [1, 'accepted'],
      [2, 'rejected'],
      [3, 'rejected'],
      [4, 'duplicate'],
      [5, 'accepted'],
      [6, 'rejected'],
    ]);
    expect(results[1].error).toMatchObject({ httpStatus: 400, code: 'INGEST.NOT_JSON' });
    expect(results[2].error).toMatchObject({ httpStatus: 400, code: 'INGEST.INVALID' });
    expect(JSON.stringify(results[2].error.message)).toMatch(/source/);
    expect(results[5].error.code).toMatch(/^EXTRACT\./);
  });

  it('maps an exact duplicate from another source to the first release', () => {
    expect(results[3].id).toBe(results[0].id);
  });

  it('puts a near-duplicate in the cluster of the first release', () => {
    expect(results[4].id).not.toBe(results[0].id);
    expect(results[4].clusterId).toBe(results[0].clusterId);
  });

  it('shows sightings, cluster and stage times on the status endpoint', async () => {
    const status = await eventually(() => releaseStatus(results[0].id), (s) => s.body.status === 'indexed');
    expect(status.status).toBe(200);
    expect(status.body).toMatchObject({ id: results[0].id, status: 'indexed', source: 'mfa-one.example' });
    expect(Object.keys(status.body.stages)).toEqual(['received', 'published', 'translated', 'enriched', 'indexed']);
    expect(status.body.sightings.map((s: { sourceId: string }) => s.sourceId)).toEqual(['mfa-one.example', 'embassy-two.example']);
    expect(status.body.alsoPublishedAs).toContain(results[4].id);
    expect(status.body.rawBytes).toBeGreaterThan(100);
  });

  it('is indexed once for the exact duplicate; the near-duplicate is its own document', async () => {
    const found = await eventually(() => searchAll(m), (r) => r.total >= 2);
    expect(found.hits.map((h) => h.id).sort()).toEqual([results[0].id, results[4].id].sort());
  });

  it('replays a release from the ledger', async () => {
    const replay = await postJson('/releases/replay', { id: results[0].id });
    expect(replay).toEqual({ status: 200, body: { replayed: 1 } });
  });
});

describe('hostile and malformed ingest requests', () => {
  it('rejects a batch that is not NDJSON with 415', async () => {
    const res = await fetch(`${(await import('./support/env.js')).ingestUrl}/releases/batch`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(415);
    expect(((await res.json()) as { code: string }).code).toBe('INGEST.MEDIA_TYPE');
  });

  it('answers 404 with a code for an unknown release and 400 for a malformed id', async () => {
    const unknown = await releaseStatus('rel_000000000000000000000000');
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('INGEST.UNKNOWN_RELEASE');
    expect((await releaseStatus('nope')).status).toBe(400);
  });

  it('refuses an unbounded replay', async () => {
    const res = await postJson('/releases/replay', {});
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('INGEST.REPLAY_UNBOUNDED');
  });

  it('turns hostile text into 4xx, never 5xx', async () => {
    const bodies = ['\u0000'.repeat(1000), '<'.repeat(20000), '<html><body>' + '<div>'.repeat(5000) + '</body></html>', '\uFFFF\uD800'];
    for (const body of bodies) {
      const res = await push(body, 'text/html');
      expect(res.status, body.slice(0, 20)).toBeGreaterThanOrEqual(400);
      expect(res.status, body.slice(0, 20)).toBeLessThan(500);
    }
  });

  it('records a JSON push of the same text from another source as a sighting', async () => {
    const m = marker();
    const r = release(m);
    const first = await postJson('/releases', { source: 'first.example', title: r.title, body: r.body });
    const second = await postJson('/releases', { source: 'second.example', url: `https://second.example/${m}`, title: r.title, body: r.body });
    expect(first.status).toBe(202);
    expect(second).toMatchObject({ status: 200, body: { id: first.body.id, status: 'duplicate' } });
    const status = await releaseStatus(first.body.id);
    expect(status.body.sightings).toMatchObject([
      { sourceId: 'first.example', url: null },
      { sourceId: 'second.example', url: `https://second.example/${m}` },
    ]);
  });
});
