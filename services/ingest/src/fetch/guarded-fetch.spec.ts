import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardedFetch } from './guarded-fetch.js';

const limits = { maxBytes: 10_000, timeoutMs: 2000, maxRedirects: 2 };

describe('guardedFetch', () => {
  let server: Server;
  let base: string;

  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/big') return res.end('x'.repeat(20_000));
      if (req.url === '/loop') return res.writeHead(302, { location: '/loop' }).end();
      if (req.url === '/to-metadata') return res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
      if (req.url === '/to-file') return res.writeHead(302, { location: 'file:///etc/passwd' }).end();
      if (req.url === '/slow') return setTimeout(() => res.end('late'), 3000);
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

  it('caps size and time', async () => {
    await expect(guardedFetch(`${base}/big`, { ...limits, allowPrivateNetwork: true })).rejects.toMatchObject({ code: 'FETCH.TOO_LARGE' });
    await expect(guardedFetch(`${base}/slow`, { ...limits, timeoutMs: 300, allowPrivateNetwork: true })).rejects.toMatchObject({ code: 'FETCH.TIMEOUT' });
  });
});
