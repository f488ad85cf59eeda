import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ESM CLI module without typings
import { run as runExtract } from '../scripts/cli/extract.mjs';
import { captureCli } from './support/cli.js';

const cli = (args: string[]) => captureCli(runExtract, args);

describe('demarche extract <url> goes through the SSRF guard', () => {
  let server: Server;
  let base: string;
  const requests: string[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      requests.push(req.url ?? '');
      if (req.url === '/to-metadata') return res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(
        '<html><head><title>Talks | Ministry</title></head><body><h1>Minister meets the delegation</h1><p>5 September 2017</p><p>The minister met the delegation and discussed matters of common interest in detail.</p></body></html>',
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('refuses a loopback address without --allow-private, before any request', async () => {
    const { code, output } = await cli([`${base}/page`]);
    expect(code).toBe(1);
    expect(JSON.parse(output)).toMatchObject({ error: { code: 'FETCH.BLOCKED_ADDRESS' } });
    expect(requests).toEqual([]);
  });

  it('fetches it with --allow-private', async () => {
    const { code, output } = await cli([`${base}/page`, '--allow-private']);
    expect(code).toBe(0);
    expect(JSON.parse(output)).toMatchObject({ title: 'Minister meets the delegation', publishedAt: '2017-09-05', format: 'html' });
  });

  it('re-checks a redirect to another host (a metadata address stays blocked)', async () => {
    const { code, output } = await cli([`${base}/to-metadata`, '--allow-private']);
    expect(code).toBe(1);
    expect(JSON.parse(output)).toMatchObject({ error: { code: 'FETCH.BLOCKED_ADDRESS' } });
  });

  it('refuses schemes other than http(s)', async () => {
    const { code, output } = await cli(['file:///etc/hostname']);
    expect(code).toBe(1);
    expect(JSON.parse(output)).toMatchObject({ error: { code: 'FETCH.SCHEME' } });
  });
});
