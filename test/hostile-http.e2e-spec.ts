import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { scrapedRelease } from '@demarche/testing';
import { ingestUrl, searchUrl } from './support/env.js';
import { closeClients, feedsUrl, hex, indexedRelease, publishIndexed } from './support/feeds.js';
import { eventually } from './support/http.js';
import { rawRequest, type RawAnswer } from './support/hostile/raw-http.js';
import { expectClearError, rows, type HostileCase } from './support/hostile/table.js';

/**
 * Hostile HTTP input to ingest, search and feeds: each gets a clear 4xx naming the problem (or is
 * handled as documented), the service stays ready, and nothing of a refused input is kept.
 */
const run = `hh${hex(5)}`;
const MB = 1024 * 1024;
const accepted: string[] = [];

const post = (url: string, contentType: string | undefined, body: Buffer | string, headers: Record<string, string> = {}) =>
  rawRequest(url, { headers: { ...(contentType ? { 'content-type': contentType } : {}), ...headers }, body });
const push = (contentType: string | undefined, body: Buffer | string, headers: Record<string, string> = {}, query = '') =>
  post(`${ingestUrl}/releases${query}`, contentType, body, headers);
const pushJson = (value: unknown) => push('application/json', JSON.stringify(value));
const batch = (body: Buffer | string, headers: Record<string, string> = {}) => post(`${ingestUrl}/releases/batch`, 'application/x-ndjson', body, headers);
const get = (url: string) => rawRequest(url, { method: 'GET' });
const subscribe = (value: unknown, contentType = 'application/json') =>
  post(`${feedsUrl}/subscriptions`, contentType, typeof value === 'string' || Buffer.isBuffer(value) ? value : JSON.stringify(value));

/** A 50 MB body streamed in 1 MB chunks, with or without a declared length. */
const fiftyMegabytes = (declareLength: boolean) => (): Promise<RawAnswer> =>
  rawRequest(`${ingestUrl}/releases`, {
    headers: { 'content-type': 'text/plain', ...(declareLength ? { 'content-length': String(50 * MB) } : {}) },
    body: async function* () {
      for (let i = 0; i < 50; i++) yield Buffer.alloc(MB, 0x41);
    },
  });

/** A release body unique to this run: if a refused input were kept, a search for the marker would find it. */
const releaseText = (n: string) => scrapedRelease(`${run} ${n}`).text;
const resultLines = (answer: RawAnswer) => answer.text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, any>);
const acceptedFrom = (answer: RawAnswer) => {
  for (const line of answer.json ? [answer.json] : resultLines(answer)) if (line.status === 'accepted') accepted.push(line.id);
};
const gzipBomb = gzipSync(Buffer.alloc(50 * MB, 0x20));
const binary = Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 37 + 11) % 256));
const cyrillicTitle = `Заявление МИД о переговорах ${run}`;
const cyrillic = `${cyrillicTitle}\n\n5 сентября 2017 года\n\nМинистр иностранных дел провёл телефонный разговор с коллегой, ссылка ${run}. Стороны обсудили ситуацию на Корейском полуострове.\nДоговорились продолжить контакты на высоком уровне.`;
const nestedDivs = `<html><body>${'<div>'.repeat(100_000)}<h1>Deep ${run}</h1><p>${releaseText('deep')}</p>${'</div>'.repeat(100_000)}</body></html>`;
const good = (n: string) => ({ source: 'hostile.example.org', title: `Statement ${n} ${run}`, body: `The ministry welcomes the agreement number ${n} signed today, reference ${run}, by the delegations of the region.\nThe agreement enters into force next month.` });

describe('POST /releases', () => {
  const cases: HostileCase[] = [
    { name: 'empty text body', service: 'ingest', send: () => push('text/plain', ''), status: 400, says: /empty/ },
    { name: 'whitespace-only text body', service: 'ingest', send: () => push('text/plain', ' \n\t \r\n '), status: 400, says: /empty/ },
    { name: 'empty JSON body', service: 'ingest', send: () => push('application/json', ''), status: 400, says: /source/ },
    { name: 'whitespace-only JSON body', service: 'ingest', send: () => push('application/json', '   \n '), status: 400, says: /JSON/ },
    { name: 'binary bytes sent as text/plain', service: 'ingest', send: () => push('text/plain', binary), status: 422, code: 'INGEST.BINARY', says: /binary/ },
    { name: 'binary bytes as application/octet-stream', service: 'ingest', send: () => push('application/octet-stream', binary), status: 415, says: /application\/octet-stream/ },
    { name: 'no Content-Type', service: 'ingest', send: () => push(undefined, releaseText('noct')), status: 415, says: /\(none\)/ },
    { name: 'wrong content type (application/xml)', service: 'ingest', send: () => push('application/xml', '<release/>'), status: 415, says: /application\/xml/ },
    {
      // Refused from the declared length before the body is read; the rest is discarded, never kept.
      name: '50 MB body with Content-Length: 413 from the declared length',
      service: 'ingest',
      send: fiftyMegabytes(true),
      status: 413,
      code: 'INGEST.TOO_LARGE',
      says: /more than MAX_BODY_BYTES/,
    },
    {
      // Without a length body-parser stops keeping bytes at the limit and discards the rest.
      name: '50 MB chunked body: 413, never buffered',
      service: 'ingest',
      send: fiftyMegabytes(false),
      status: 413,
      says: /too large/,
    },
    { name: 'gzip bomb (50 MB inflated) with Content-Encoding: gzip', service: 'ingest', send: () => push('application/json', gzipBomb, { 'content-encoding': 'gzip' }), status: 413, says: /too large/ },
    { name: 'corrupt gzip body', service: 'ingest', send: () => push('text/plain', 'not gzip at all', { 'content-encoding': 'gzip' }), status: 400, says: /header/ },
    { name: 'unknown Content-Encoding', service: 'ingest', send: () => push('text/plain', 'x', { 'content-encoding': 'zstd-foo' }), status: 415, says: /zstd-foo/ },
    { name: 'JSON with a __proto__ key', service: 'ingest', send: () => push('application/json', `{"__proto__":{"polluted":true},"source":"hostile.example.org","body":${JSON.stringify(releaseText('proto'))}}`), status: 400, says: /__proto__/ },
    { name: 'JSON with constructor.prototype', service: 'ingest', send: () => push('application/json', `{"source":"hostile.example.org","body":"x","constructor":{"prototype":{"polluted":true}}}`), status: 400, says: /constructor|prototype/ },
    { name: 'invalid publishedAt', service: 'ingest', send: () => pushJson({ ...good('d'), publishedAt: 'yesterday at noon' }), status: 400, says: /publishedAt/ },
    { name: 'invalid language', service: 'ingest', send: () => pushJson({ ...good('l'), language: 'english' }), status: 400, says: /language/ },
    { name: 'javascript: URL', service: 'ingest', send: () => pushJson({ ...good('u'), url: 'javascript:alert(1)' }), status: 400, says: /url/ },
    { name: 'invalid time zone', service: 'ingest', send: () => pushJson({ ...good('t'), timezone: 'Mars/Olympus_Mons' }), status: 422, code: 'EXTRACT.BAD_TIMEZONE', says: /Mars/ },
    { name: 'unknown field', service: 'ingest', send: () => pushJson({ ...good('f'), colour: 'red' }), status: 400, says: /colour/ },
    { name: 'JSON array instead of an object', service: 'ingest', send: () => push('application/json', `[${JSON.stringify(good('a'))}]`), status: 400, says: /JSON object/ },
    { name: 'source slug with path characters', service: 'ingest', send: () => pushJson({ ...good('s'), source: '../../etc' }), status: 400, says: /source/ },
  ];

  it.each(rows(cases))('%s', async (_name, c) => {
    const answer = await expectClearError(c);
    acceptedFrom(answer);
  });

  it('100 000 nested divs: read in bounded time (flattened below a depth), no stack overflow', async () => {
    const started = Date.now();
    const answer = await push('text/html; charset=utf-8', nestedDivs);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(answer.status).toBe(202);
    expect(answer.json!.title).toBe(`Deep ${run}`);
    acceptedFrom(answer);
  });

  it('declared UTF-8 but windows-1251 bytes: decoded right and accepted', async () => {
    const answer = await push('text/plain; charset=utf-8', iconv.encode(cyrillic, 'windows-1251'));
    expect(answer.status).toBe(202);
    expect(answer.json!.title).toContain('Заявление МИД о переговорах');
    acceptedFrom(answer);
  });

  it('invalid UTF-8 bytes in otherwise good text: accepted, no server error', async () => {
    const text = Buffer.concat([Buffer.from(`Statement on invalid bytes ${run}\n\n`), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xff]), Buffer.from(` ${releaseText('utf8').split('\n').slice(2).join('\n')}`)]);
    const answer = await push('text/plain; charset=utf-8', text);
    expect(answer.status).toBe(202);
    expect(answer.json!.title).toMatch(/Statement on invalid bytes/);
    acceptedFrom(answer);
  });

  it('NUL and control characters in JSON fields: removed, stored, no server error', async () => {
    const answer = await pushJson({ ...good('nul'), title: `Statement\u0000 with NUL ${run}` });
    expect(answer.status).toBe(202);
    expect(answer.json!.title).not.toMatch(/\u0000/);
    acceptedFrom(answer);
  });

  it('a good release sent right after still goes through', async () => {
    const answer = await pushJson(good('after'));
    expect(answer.status).toBe(202);
    acceptedFrom(answer);
  });
});

describe('POST /releases/batch', () => {
  const goodLine = (n: string) => JSON.stringify(good(`batch-${n}`));
  const cases: HostileCase[] = [
    { name: 'batch with a wrong content type', service: 'ingest', send: () => post(`${ingestUrl}/releases/batch`, 'application/json', goodLine('ct')), status: 415, code: 'INGEST.MEDIA_TYPE' },
    { name: 'batch with an unknown Content-Encoding', service: 'ingest', send: () => batch(goodLine('enc'), { 'content-encoding': 'br-x' }), status: 415, code: 'INGEST.CONTENT_ENCODING' },
    {
      name: 'oversized NDJSON line (6 MB) beside a good line',
      service: 'ingest',
      send: () => batch(`${'x'.repeat(6 * MB)}\n${goodLine('big')}\n`),
      status: 200,
      also: (a) => expect(resultLines(a)).toMatchObject([{ line: 1, status: 'rejected', error: { code: 'INGEST.LINE_TOO_LARGE' } }, { line: 2, status: 'accepted' }]),
    },
    {
      name: 'invalid UTF-8 line beside a good line',
      service: 'ingest',
      send: () => batch(Buffer.concat([Buffer.from('{"source":"hostile.example.org","body":"'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(`"}\n${goodLine('utf8')}\n`)])),
      status: 200,
      also: (a) => expect(resultLines(a)).toMatchObject([{ line: 1, status: 'rejected', error: { code: 'INGEST.INVALID_UTF8' } }, { line: 2, status: 'accepted' }]),
    },
    {
      name: '__proto__ line beside a good line',
      service: 'ingest',
      send: () => batch(`{"__proto__":{"x":1},"source":"hostile.example.org","body":"x"}\n${goodLine('proto')}\n`),
      status: 200,
      also: (a) => expect(resultLines(a)).toMatchObject([{ line: 1, status: 'rejected', error: { code: 'INGEST.NOT_JSON', message: expect.stringMatching(/__proto__/) } }, { line: 2, status: 'accepted' }]),
    },
    {
      name: 'empty and whitespace lines, binary line, empty object line',
      service: 'ingest',
      send: () => batch(Buffer.concat([Buffer.from('\n   \n'), binary.subarray(0, 200).map((b) => (b === 0x0a ? 0x20 : b)), Buffer.from(`\n{}\n${goodLine('mixed')}\n`)])),
      status: 200,
      also: (a) => {
        const lines = resultLines(a);
        expect(lines.filter((l) => l.status === 'rejected').map((l) => l.error.httpStatus)).toEqual([400, 400]);
        expect(lines.at(-1)).toMatchObject({ status: 'accepted' });
      },
    },
    {
      name: 'gzip bomb batch (50 MB inflated): streamed, the long line refused',
      service: 'ingest',
      send: () => batch(gzipBomb, { 'content-encoding': 'gzip' }),
      status: 200,
      also: (a) => expect(resultLines(a)).toMatchObject([{ line: 1, status: 'rejected', error: { code: 'INGEST.LINE_TOO_LARGE' } }]),
    },
    {
      name: 'corrupt gzip batch',
      service: 'ingest',
      send: () => batch('definitely not gzip', { 'content-encoding': 'gzip' }),
      status: 200,
      also: (a) => expect(resultLines(a).at(-1)).toMatchObject({ status: 'rejected', error: { code: 'INGEST.BAD_ENCODING' } }),
    },
  ];

  it.each(rows(cases))('%s', async (_name, c) => {
    acceptedFrom(await expectClearError(c));
  });

  it('a gzip-compressed good batch is read', async () => {
    const answer = await batch(gzipSync(`${goodLine('gz1')}\n${goodLine('gz2')}\n`), { 'content-encoding': 'gzip' });
    expect(resultLines(answer)).toMatchObject([{ status: 'accepted' }, { status: 'accepted' }]);
    acceptedFrom(answer);
  });
});

describe('PUT /sources/{id}', () => {
  const put = (id: string, value: unknown) =>
    rawRequest(`${ingestUrl}/sources/${id}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) });
  const cases: HostileCase[] = [
    { name: 'file:// feed URL', service: 'ingest', send: () => put(`hs-${run}`, { kind: 'rss', url: 'file:///etc/passwd' }), status: 400, says: /url/ },
    { name: 'gopher:// feed URL', service: 'ingest', send: () => put(`hs-${run}`, { kind: 'rss', url: 'gopher://127.0.0.1:70/_' }), status: 400, says: /url/ },
    { name: 'decimal-encoded loopback URL (http://2130706433/)', service: 'ingest', send: () => put(`hs-${run}`, { kind: 'rss', url: 'http://2130706433/feed' }), status: 400, says: /url/ },
    { name: 'source id with path traversal', service: 'ingest', send: () => put('..%2F..%2Fetc', { kind: 'rss', url: 'https://example.org/feed' }), status: 400, code: 'SOURCE.BAD_ID' },
    { name: 'unknown source kind and field', service: 'ingest', send: () => put(`hs-${run}`, { kind: 'ftp', url: 'https://example.org/feed', colour: 'red' }), status: 400, says: /kind|colour/ },
    { name: '__proto__ in a source', service: 'ingest', send: () => rawRequest(`${ingestUrl}/sources/hs-${run}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{"kind":"rss","url":"https://example.org/f","__proto__":{"allowPrivateNetwork":true}}' }), status: 400, says: /__proto__/ },
  ];
  it.each(rows(cases))('%s', async (_name, c) => {
    await expectClearError(c);
  });

  it('nothing of the refused sources was stored', async () => {
    expect((await get(`${ingestUrl}/sources/hs-${run}`)).status).toBe(404);
  });
});

describe('search API', () => {
  const search = (params: Record<string, string>) => get(`${searchUrl}/search?${new URLSearchParams(params)}`);
  const cases: HostileCase[] = [
    { name: 'bare * wildcard', service: 'search', send: () => search({ q: '*' }), status: 400, says: /wildcard/ },
    { name: 'leading wildcard *ab*cd*', service: 'search', send: () => search({ q: '*ab*cd*' }), status: 400, says: /wildcard/ },
    { name: 'four wildcard terms', service: 'search', send: () => search({ q: 'ab* cd* ef* gh*' }), status: 400, says: /at most 3 wildcard/ },
    { name: '1000-deep parentheses', service: 'search', send: () => search({ q: `${'('.repeat(1000)}nuclear${')'.repeat(1000)}` }), status: 400, says: /q/ },
    { name: '9 nested groups', service: 'search', send: () => search({ q: `${'('.repeat(9)}nuclear${')'.repeat(9)}` }), status: 400, says: /nested deeper than 8/ },
    { name: '100 KB query', service: 'search', send: () => search({ q: 'nuclear '.repeat(12_800) }), status: [400, 414, 431] },
    { name: 'regex-looking input', service: 'search', send: () => search({ q: '/[a-z]+.*(x|y)/' }), status: 400, says: /q: / },
    { name: 'field scope on an unknown field', service: 'search', send: () => search({ q: 'password:secret' }), status: 400, says: /unknown field.*password/ },
    { name: 'scope with no value', service: 'search', send: () => search({ q: 'title:' }), status: 400, says: /title: needs a value/ },
    { name: 'unterminated quote', service: 'search', send: () => search({ q: '"Korean peninsula' }), status: 400, says: /unterminated quote/ },
    { name: 'unbalanced parenthesis', service: 'search', send: () => search({ q: 'nuclear)' }), status: 400, says: /unbalanced|unexpected/ },
    { name: 'raw query DSL is taken as words, never as DSL', service: 'search', send: () => search({ q: `{"query":{"match_all":{}}} ${run}` }), status: 200, also: (a) => expect(a.json!.total).toBe(0) },
    { name: 'limit far over the maximum', service: 'search', send: () => search({ q: 'nuclear', limit: '100000' }), status: 400, says: /limit/ },
    { name: 'invalid from date', service: 'search', send: () => search({ q: 'nuclear', from: '2017-13-45' }), status: 400, says: /from/ },
    { name: 'forged cursor', service: 'search', send: () => search({ q: 'nuclear', cursor: Buffer.from('{"pit":"x","after":[1]}').toString('base64url') }), status: 400, says: /cursor/ },
    { name: 'unknown parameter', service: 'search', send: () => search({ q: 'nuclear', script: 'ctx._source' }), status: 400, says: /script/ },
    { name: 'export with a query syntax error', service: 'search', send: () => get(`${searchUrl}/export?q=((&format=ndjson`), status: 400, says: /q:/ },
    { name: 'export in an unknown format', service: 'search', send: () => get(`${searchUrl}/export?q=nuclear&format=xml`), status: 400, says: /format/ },
    { name: 'entities prefix of 10 000 characters', service: 'search', send: () => get(`${searchUrl}/entities?prefix=${'a'.repeat(10_000)}`), status: 400, says: /prefix/ },
    { name: 'entities with an unknown type', service: 'search', send: () => get(`${searchUrl}/entities?prefix=Till&type=alien`), status: 400, says: /type/ },
    { name: 'entity id with markup', service: 'search', send: () => get(`${searchUrl}/entities/${encodeURIComponent('<script>alert(1)</script>')}`), status: 400, says: /entity id/ },
  ];
  it.each(rows(cases))('%s', async (_name, c) => {
    await expectClearError(c);
  });

  it('a good query right after still answers', async () => {
    expect((await search({ q: 'nuclear OR climate' })).status).toBe(200);
  });
});

describe('POST /subscriptions', () => {
  const valid = { name: `Desk ${run}`, owner: 'hostile-newsroom', filter: { countries: ['KP'] } };
  const withHook = (url: string) => subscribe({ ...valid, delivery: { webhook: { url } } });
  const cases: HostileCase[] = [
    { name: 'empty body', service: 'feeds', send: () => subscribe(''), status: 400, says: /name/ },
    { name: 'whitespace body', service: 'feeds', send: () => subscribe('   '), status: 400 },
    { name: 'binary body labelled JSON', service: 'feeds', send: () => subscribe(binary), status: 400, says: /JSON/ },
    { name: 'XML body', service: 'feeds', send: () => subscribe('<subscription/>', 'application/xml'), status: [400, 415], says: /name|xml/ },
    { name: '__proto__ key', service: 'feeds', send: () => subscribe(`{"__proto__":{"isAdmin":true},"name":"a","owner":"b","filter":{"countries":["KP"]}}`), status: 400, says: /__proto__/ },
    { name: 'unknown field', service: 'feeds', send: () => subscribe({ ...valid, colour: 'red' }), status: 400, says: /colour/ },
    { name: 'invalid countries and languages', service: 'feeds', send: () => subscribe({ ...valid, filter: { countries: ['Korea'], languages: ['english'] } }), status: 400, says: /countries|languages/ },
    { name: 'query over 500 characters', service: 'feeds', send: () => subscribe({ ...valid, filter: { query: 'nuclear '.repeat(100) } }), status: 400, says: /query/ },
    { name: 'overlong name full of markup', service: 'feeds', send: () => subscribe({ ...valid, name: '<script>alert(1)</script>'.repeat(20) }), status: 400, says: /name/ },
    { name: 'gzip bomb body', service: 'feeds', send: () => post(`${feedsUrl}/subscriptions`, 'application/json', gzipBomb, { 'content-encoding': 'gzip' }), status: 413 },
    { name: 'webhook file:// URL', service: 'feeds', send: () => withHook('file:///etc/passwd'), status: 400, says: /webhook\.url/ },
    { name: 'webhook gopher:// URL', service: 'feeds', send: () => withHook('gopher://127.0.0.1:6379/_INFO'), status: 400, says: /webhook\.url/ },
    { name: 'webhook on localhost (a name resolving to loopback)', service: 'feeds', send: () => withHook('http://localhost:9/hook'), status: 400, code: 'WEBHOOK.BLOCKED_ADDRESS' },
    { name: 'webhook on 127.0.0.2', service: 'feeds', send: () => withHook('http://127.0.0.2/hook'), status: 400, code: 'WEBHOOK.BLOCKED_ADDRESS' },
    { name: 'webhook on 10.0.0.1', service: 'feeds', send: () => withHook('http://10.0.0.1/hook'), status: 400, code: 'WEBHOOK.BLOCKED_ADDRESS' },
    { name: 'webhook on 172.16.0.1', service: 'feeds', send: () => withHook('http://172.16.0.1/hook'), status: 400, code: 'WEBHOOK.BLOCKED_ADDRESS' },
    { name: 'webhook on 192.168.1.1', service: 'feeds', send: () => withHook('https://192.168.1.1/hook'), status: 400, code: 'WEBHOOK.BLOCKED_ADDRESS' },
    { name: 'webhook on the metadata address 169.254.169.254', service: 'feeds', send: () => withHook('http://169.254.169.254/latest/meta-data/'), status: 400, code: 'WEBHOOK.BLOCKED_ADDRESS' },
    { name: 'webhook on [::1]', service: 'feeds', send: () => withHook('http://[::1]/hook'), status: 400, code: 'WEBHOOK.BLOCKED_ADDRESS' },
    { name: 'webhook on [fc00::1]', service: 'feeds', send: () => withHook('http://[fc00::1]/hook'), status: 400, says: /webhook\.url/ },
    { name: 'webhook on [fe80::1]', service: 'feeds', send: () => withHook('http://[fe80::1]/hook'), status: 400, says: /webhook\.url/ },
    { name: 'webhook on IPv4-mapped [::ffff:10.0.0.1]', service: 'feeds', send: () => withHook('http://[::ffff:10.0.0.1]/hook'), status: 400, says: /webhook\.url/ },
    { name: 'webhook on decimal-encoded 10.0.0.1 (http://167772161/)', service: 'feeds', send: () => withHook('http://167772161/hook'), status: 400, says: /webhook\.url/ },
    { name: 'webhook on octal-encoded 10.0.0.1 (http://012.0.0.1/)', service: 'feeds', send: () => withHook('http://012.0.0.1/hook'), status: 400, says: /webhook\.url/ },
  ];
  it.each(rows(cases))('%s', async (_name, c) => {
    await expectClearError(c);
  });

  it('nothing of the refused subscriptions was stored; a good one right after is created', async () => {
    const listed = await get(`${feedsUrl}/subscriptions?owner=hostile-newsroom`);
    const mine = ((listed.json as any)?.items ?? listed.json ?? []) as Array<{ name: string; id: string }>;
    expect(mine.filter((s) => s.name?.includes(run))).toEqual([]);
    const created = await withHook('https://newsroom.example.org/hooks/demarche');
    expect(created.status).toBe(201);
    await rawRequest(`${feedsUrl}/subscriptions/${created.json!.id}`, { method: 'DELETE' });
  });
});

describe('markup and script injection in titles', () => {
  const title = `Statement <script>alert("${run}")</script><img src=x onerror="window.__xss=1"> on talks ${run}`;

  it('a pushed title with markup is accepted as text', async () => {
    const answer = await pushJson({ ...good('xss'), title });
    expect(answer.status).toBe(202);
    acceptedFrom(answer);
  });

  it('search returns it with no live markup in any HTML-bearing field (snippet, highlights)', async () => {
    // Written straight to the index, as the index service would, so the check does not wait on the pipeline.
    const doc = indexedRelease(`${run}xss`, { title, paragraphs: [`Body <script>alert(1)</script> <b onmouseover="x()">bold</b> talks ${run}xss and more.`, 'Second paragraph.'] });
    await publishIndexed(doc);
    accepted.push(doc.id);
    const found = (await get(`${searchUrl}/search?${new URLSearchParams({ q: `${run}xss talks`, collapse: 'false' })}`)).json as any;
    const hit = found.hits.find((h: any) => h.id === doc.id);
    expect(hit, JSON.stringify(found).slice(0, 300)).toBeDefined();
    for (const html of [hit.snippet, hit.titleHighlight, hit.highlight].filter(Boolean).map(String)) {
      // Escaped text may still read "onerror=": what matters is that no tag but the highlighter's is live.
      expect(html).not.toMatch(/<(?!\/?(?:mark|em)\b)[a-z/]/i);
    }
    await closeClients();
  });
});

afterAll(async () => {
  // Only what was accepted is searchable under this run's marker: no refused input was kept.
  if (accepted.length === 0) return;
  const everything = async () => (await get(`${searchUrl}/search?${new URLSearchParams({ q: run, collapse: 'false', limit: '100' })}`)).json as { hits: Array<{ id: string; title: string }> };
  const found = await eventually(everything, (r) => accepted.every((id) => r?.hits?.some((h) => h.id === id)), 30_000);
  const stray = found.hits.filter((h) => !accepted.includes(h.id));
  expect(stray.map((h) => h.title)).toEqual([]);
}, 90_000);
