import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestUrl } from './support/env.js';
import { acceptedFrom, batch, expectOnlyAcceptedKept, fiftyMegabytes, get, good, MB, post, push, pushJson, releaseText, resultLines, run } from './support/hostile/http-input.js';
import { rawRequest } from './support/hostile/raw-http.js';
import { expectClearError, rows, type HostileCase } from './support/hostile/table.js';

/**
 * Hostile HTTP input to ingest (releases, batches, sources): each gets a clear 4xx naming the
 * problem (or is handled as documented), the service stays ready, and nothing of a refused input is kept.
 */
const gzipBomb = gzipSync(Buffer.alloc(50 * MB, 0x20));
const binary = Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 37 + 11) % 256));
const cyrillicTitle = `Заявление МИД о переговорах ${run}`;
const cyrillic = `${cyrillicTitle}\n\n5 сентября 2017 года\n\nМинистр иностранных дел провёл телефонный разговор с коллегой, ссылка ${run}. Стороны обсудили ситуацию на Корейском полуострове.\nДоговорились продолжить контакты на высоком уровне.`;
const nestedDivs = `<html><body>${'<div>'.repeat(100_000)}<h1>Deep ${run}</h1><p>${releaseText('deep')}</p>${'</div>'.repeat(100_000)}</body></html>`;

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

afterAll(expectOnlyAcceptedKept, 90_000);
