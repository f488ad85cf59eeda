import { describe, expect, it } from 'vitest';
import { as, call, feeds, ingest, printed, run, search, SECRET, useAccessControlledServices } from './support/access-control.js';
import { hex } from './support/feeds.js';

/** Access control across search, ingest and feeds: scopes per key, rate limits per key, no key ever printed. */
useAccessControlledServices();

describe('access control with API keys configured', () => {
  it('keeps health, metrics and the OpenAPI document public, and the document shows the schemes', async () => {
    for (const base of [search, ingest, feeds]) {
      expect((await call(`${base}/health/live`)).status).toBe(200);
      expect((await call(`${base}/health/ready`)).status).toBe(200);
      expect((await call(`${base}/metrics`)).status).toBe(200);
      const docs = await call(`${base}/docs-json`);
      expect(docs.status).toBe(200);
      expect(Object.keys((docs.body.components as { securitySchemes: object }).securitySchemes)).toEqual(['bearer', 'api-key']);
    }
    expect((await call(`${search}/`)).status).toBe(200);
    expect((await call(`${search}/ui/app.js`)).status).toBe(200);
  });

  it('search: 401 without a key or with an unknown one, 403 with a key lacking the scope, 200 with it', async () => {
    const q = `${search}/search?q=${run}&limit=1`;
    const none = await call(q);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer realm="demarche", scope="search"/);
    expect(none.body).toMatchObject({ statusCode: 401, code: 'AUTH.MISSING_KEY', requiredScope: 'search' });
    const unknown = await call(q, { headers: { 'x-api-key': `zz-${hex(12)}` } });
    expect(unknown.status).toBe(401);
    expect(unknown.body).toMatchObject({ code: 'AUTH.UNKNOWN_KEY' });
    const pusher = await call(q, { headers: as('pusher') });
    expect(pusher.status).toBe(403);
    expect(pusher.body).toMatchObject({ statusCode: 403, code: 'AUTH.MISSING_SCOPE', requiredScope: 'search' });
    expect(pusher.body.message).toMatch(/pusher lacks the search scope/);
    expect((await call(q, { headers: as('reader') })).status).toBe(200);
    expect((await call(q, { headers: { 'x-api-key': SECRET.reader } })).status).toBe(200);
    expect((await call(q, { headers: as('ops') })).status).toBe(200);
    expect((await call(`${search}/entities?prefix=Ti`, { headers: as('pusher') })).status).toBe(403);
    expect((await call(`${search}/export?q=${run}`, { headers: as('newsroom') })).status).toBe(200);
  });

  it('ingest: pushing needs ingest, sources and replay need admin', async () => {
    const release = {
      source: `auth-${run}.example.org`,
      title: `Access control check ${run}`,
      body: `The ministry published a statement on access control (${run}).\n\nIt concerns API keys and scopes.`,
      publishedAt: '2024-03-01T10:00:00Z',
      language: 'en',
    };
    const post = (who?: keyof typeof SECRET) =>
      call(`${ingest}/releases`, { method: 'POST', headers: as(who, { 'content-type': 'application/json' }), body: JSON.stringify(release) });
    expect((await post()).status).toBe(401);
    expect((await post('reader')).body).toMatchObject({ statusCode: 403, requiredScope: 'ingest' });
    const accepted = await post('pusher');
    expect(accepted.status).toBe(202);
    expect(accepted.body.id).toMatch(/^rel_/);
    expect((await call(`${ingest}/releases/${accepted.body.id as string}/status`, { headers: as('pusher') })).status).toBe(200);

    expect((await call(`${ingest}/sources`, { headers: as('pusher') })).body).toMatchObject({ statusCode: 403, requiredScope: 'admin' });
    expect((await call(`${ingest}/sources`, { headers: as('ops') })).status).toBe(200);
    const replay = (who: keyof typeof SECRET) =>
      call(`${ingest}/releases/replay`, { method: 'POST', headers: as(who, { 'content-type': 'application/json' }), body: JSON.stringify({ id: 'rel_000000000000000000000000' }) });
    expect((await replay('pusher')).body).toMatchObject({ statusCode: 403, requiredScope: 'admin' });
    expect((await replay('ops')).status).toBe(200);
  });

  it('feeds: pull feeds and SSE need search, subscriptions need subscriptions', async () => {
    expect((await call(`${feeds}/feeds`)).status).toBe(401);
    expect((await call(`${feeds}/feeds`, { headers: as('reader') })).status).toBe(200);
    const atom = await call(`${feeds}/feeds/korean-peninsula.atom`, { headers: as('reader') });
    expect(atom.status).toBe(200);
    expect(atom.text).toContain('<feed');

    const abort = new AbortController();
    const sse = await fetch(`${feeds}/feeds/korean-peninsula/events`, { headers: as('reader'), signal: abort.signal });
    expect(sse.status).toBe(200);
    expect(sse.headers.get('content-type')).toMatch(/text\/event-stream/);
    abort.abort();
    expect((await call(`${feeds}/feeds/korean-peninsula/events`)).status).toBe(401);

    const subscription = { name: `Auth desk ${run}`, owner: `auth-${run}`, filter: { topics: ['korean-peninsula'] } };
    const create = (who: keyof typeof SECRET) =>
      call(`${feeds}/subscriptions`, { method: 'POST', headers: as(who, { 'content-type': 'application/json' }), body: JSON.stringify(subscription) });
    expect((await create('reader')).body).toMatchObject({ statusCode: 403, requiredScope: 'subscriptions' });
    const created = await create('newsroom');
    expect(created.status).toBe(201);
    expect(created.body.webhookSecret).toMatch(/^whsec_/);
    const id = created.body.id as string;
    expect((await call(`${feeds}/subscriptions/${id}/feed.atom`, { headers: as('reader') })).status).toBe(403);
    expect((await call(`${feeds}/subscriptions/${id}/feed.atom`, { headers: as('newsroom') })).status).toBe(200);
    expect((await call(`${feeds}/subscriptions/${id}/deliveries`, { headers: as('newsroom') })).status).toBe(200);
  });

  it('limits each key: 429 with Retry-After and RateLimit headers past its limit, other keys unaffected', async () => {
    const q = `${search}/search?q=${run}&limit=1`;
    const statuses: number[] = [];
    let last: Awaited<ReturnType<typeof call>> | undefined;
    for (let i = 0; i < 4; i++) {
      last = await call(q, { headers: as('limited') });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(last!.headers.get('ratelimit-limit')).toBe('3');
    expect(last!.headers.get('ratelimit-remaining')).toBe('0');
    expect(last!.body).toMatchObject({ statusCode: 429, code: 'AUTH.RATE_LIMITED' });
    const reader = await call(q, { headers: as('reader') });
    expect(reader.status).toBe(200);
    expect(reader.headers.get('ratelimit-limit')).toBe('1200');
  });

  it('never prints a key in the services output', async () => {
    // A stray key in a header line, an unknown key, every service: still nothing printed.
    await call(`${search}/search?q=${run}`, { headers: { authorization: `Bearer ${SECRET.ops}x`, 'x-api-key': `${SECRET.reader}x` } });
    await new Promise((r) => setTimeout(r, 500));
    const output = printed.join('');
    expect(output).toMatch(/API keys required: reader \(search\)/);
    expect(output).toMatch(/"context":"RouterExplorer"/);
    for (const secret of Object.values(SECRET)) expect(output).not.toContain(secret);
  });
});
