import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instrumentHttpClient, registry } from '@demarche/observability';

describe('instrumentHttpClient', () => {
  const server = createServer((req, res) => {
    res.statusCode = req.url === '/missing' ? 404 : 200;
    res.end('ok');
  });
  let origin: string;

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    instrumentHttpClient();
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('times fetch calls by origin and status class', async () => {
    await (await fetch(`${origin}/`)).text();
    await (await fetch(`${origin}/missing`)).text();
    const text = await registry.metrics();
    expect(text).toContain(`demarche_http_client_seconds_count{origin="${origin}",method="GET",status="2xx"} 1`);
    expect(text).toContain(`demarche_http_client_seconds_count{origin="${origin}",method="GET",status="4xx"} 1`);
  });
});
