import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkUrlTarget, guardedFetch, guardedRequest } from './guarded-fetch.js';

const limits = { maxBytes: 10_000, timeoutMs: 2000, maxRedirects: 2 };

describe('guardedFetch', () => {
  let server: Server;
  let base: string;

  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/big') return res.end('x'.repeat(20_000));
      if (req.url === '/gzip') return res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync('hello, compressed'));
      if (req.url === '/bomb') return res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(Buffer.alloc(10_000_000)));
      if (req.url === '/bad-gzip') return res.writeHead(200, { 'content-encoding': 'gzip' }).end('not gzip');
      if (req.url === '/zstd') return res.writeHead(200, { 'content-encoding': 'zstd' }).end('x');
      if (req.url === '/loop') return res.writeHead(302, { location: '/loop' }).end();
      if (req.url === '/to-metadata') return res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
      if (req.url === '/to-file') return res.writeHead(302, { location: 'file:///etc/passwd' }).end();
      if (req.url === '/slow') return setTimeout(() => res.end('late'), 3000);
      if (req.method === 'POST') {
        let body = '';
        req.on('data', (c) => (body += c));
        return req.on('end', () => res.end(`got ${body}`));
      }
      res.end('hello');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('refuses loopback unless the source is allow-listed', async () => {
    await expect(guardedFetch(`${base}/`, limits)).rejects.toMatchObject({ code: 'FETCH.BLOCKED_ADDRESS' });
    await expect(guardedFetch(`http://localhost:${new URL(base).port}/`, limits)).rejects.toMatchObject({ code: 'FETCH.BLOCKED_ADDRESS' });
    const ok = await guardedFetch(`${base}/`, { ...limits, allowPrivateNetwork: true });
    expect(ok.body.toString()).toBe('hello');
  });

  it('refuses non-http schemes, metadata addresses and IPv6 loopback', async () => {
    await expect(guardedFetch('file:///etc/passwd', limits)).rejects.toMatchObject({ code: 'FETCH.SCHEME' });
    await expect(guardedFetch('http://169.254.169.254/latest/meta-data/', limits)).rejects.toMatchObject({ code: 'FETCH.BLOCKED_ADDRESS' });
    await expect(guardedFetch('http://[::1]/', limits)).rejects.toMatchObject({ code: 'FETCH.BLOCKED_ADDRESS' });
  });

  it('re-checks redirect targets and limits redirects', async () => {
    // Allowed to reach the test server, a redirect still cannot leave for a non-http scheme.
    await expect(guardedFetch(`${base}/to-file`, { ...limits, allowPrivateNetwork: true })).rejects.toMatchObject({ code: 'FETCH.SCHEME' });
    await expect(guardedFetch(`${base}/to-metadata`, { ...limits, allowPrivateNetwork: true })).rejects.toMatchObject({ code: 'FETCH.BLOCKED_ADDRESS' });
    await expect(guardedFetch(`${base}/loop`, { ...limits, allowPrivateNetwork: true })).rejects.toMatchObject({ code: 'FETCH.TOO_MANY_REDIRECTS' });
  });

  it('decodes a compressed answer under the same size cap (gzip bomb)', async () => {
    const opts = { ...limits, allowPrivateNetwork: true };
    expect((await guardedFetch(`${base}/gzip`, opts)).body.toString()).toBe('hello, compressed');
    await expect(guardedFetch(`${base}/bomb`, opts)).rejects.toMatchObject({ code: 'FETCH.TOO_LARGE' });
    await expect(guardedFetch(`${base}/bad-gzip`, opts)).rejects.toMatchObject({ code: 'FETCH.ENCODING' });
    await expect(guardedFetch(`${base}/zstd`, opts)).rejects.toMatchObject({ code: 'FETCH.ENCODING' });
  });

  it('caps size and time', async () => {
    await expect(guardedFetch(`${base}/big`, { ...limits, allowPrivateNetwork: true })).rejects.toMatchObject({ code: 'FETCH.TOO_LARGE' });
    await expect(guardedFetch(`${base}/slow`, { ...limits, timeoutMs: 300, allowPrivateNetwork: true })).rejects.toMatchObject({ code: 'FETCH.TIMEOUT' });
  });

  it('sends a POST body through the same guard, without following redirects', async () => {
    await expect(guardedRequest(`${base}/`, { ...limits, method: 'POST', body: 'x' })).rejects.toMatchObject({ code: 'FETCH.BLOCKED_ADDRESS' });
    const ok = await guardedRequest(`${base}/`, { ...limits, method: 'POST', body: '{"a":1}', allowPrivateNetwork: true });
    expect(ok.body.toString()).toBe('got {"a":1}');
    const redirect = await guardedRequest(`${base}/to-metadata`, { ...limits, allowPrivateNetwork: true });
    expect(redirect.status).toBe(302);
  });

  it.each([
    ['http://127.0.0.1/', 'FETCH.BLOCKED_ADDRESS'],
    ['http://2130706433/', 'FETCH.BLOCKED_ADDRESS'],
    ['http://0177.0.0.1/', 'FETCH.BLOCKED_ADDRESS'],
    ['http://0x7f.1/', 'FETCH.BLOCKED_ADDRESS'],
    ['http://[::ffff:10.0.0.1]/', 'FETCH.BLOCKED_ADDRESS'],
    ['http://[fc00::1]/', 'FETCH.BLOCKED_ADDRESS'],
    ['http://localhost:8080/', 'FETCH.BLOCKED_ADDRESS'],
    ['gopher://example.org/', 'FETCH.SCHEME'],
    ['file:///etc/passwd', 'FETCH.SCHEME'],
    ['http://user:pw@example.org/', 'FETCH.BAD_URL'],
    ['not a url', 'FETCH.BAD_URL'],
  ])('checkUrlTarget refuses %s', async (url, code) => {
    await expect(checkUrlTarget(url)).rejects.toMatchObject({ code });
  });

  it('checkUrlTarget lets an allow-listed private target through', async () => {
    await expect(checkUrlTarget('http://127.0.0.1:9/', true)).resolves.toBeUndefined();
  });
});
