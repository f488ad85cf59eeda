import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { SecondOpinionClient } from './second-opinion.client.js';

const PAGE = '<html><body><article><p>Der Minister reiste am Montag nach Paris.</p></article></body></html>';

type Answer = (body: string) => { status: number; json?: unknown; delayMs?: number };

let server: Server | undefined;
let requests = 0;

/** A loopback stand-in for the extractor server, answering each POST /extract as `answer` says. */
async function extractorAnswering(answer: Answer): Promise<string> {
  requests = 0;
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      requests += 1;
      const { status, json, delayMs = 0 } = answer(body);
      setTimeout(() => response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json ?? {})), delayMs);
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A port nothing listens on: a server that is down. */
async function closedPort(): Promise<string> {
  const url = await extractorAnswering(() => ({ status: 200 }));
  await new Promise((resolve) => server!.close(resolve));
  server = undefined;
  return url;
}

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = undefined;
});

describe('SecondOpinionClient', () => {
  it('returns the paragraphs the server extracts from the page it was sent', async () => {
    const url = await extractorAnswering((body) => ({ status: 200, json: { paragraphs: [body.includes('Paris') ? 'Paris' : 'other'] } }));
    expect(await new SecondOpinionClient({ url, timeoutMs: 2_000 }).paragraphs(PAGE)).toEqual({ status: 'answered', paragraphs: ['Paris'] });
  });

  it('keeps asking after a page the server refuses', async () => {
    const url = await extractorAnswering(() => ({ status: 422, json: { error: 'no text' } }));
    const client = new SecondOpinionClient({ url, timeoutMs: 2_000 });
    expect(await client.paragraphs(PAGE)).toEqual({ status: 'unavailable', reason: 'HTTP 422: no text' });
    await client.paragraphs(PAGE);
    expect(requests).toBe(2);
  });

  it('pauses after a server that is down, then asks again', async () => {
    const client = new SecondOpinionClient({ url: await closedPort(), timeoutMs: 2_000, retryAfterMs: 200 });
    expect((await client.paragraphs(PAGE)).status).toBe('unavailable');
    expect(await client.paragraphs(PAGE)).toEqual({ status: 'unavailable', reason: 'paused after a failure' });
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(await client.paragraphs(PAGE)).not.toEqual({ status: 'unavailable', reason: 'paused after a failure' });
  });

  it('gives up on a slow server at the timeout and pauses', async () => {
    const url = await extractorAnswering(() => ({ status: 200, json: { paragraphs: ['late'] }, delayMs: 1_000 }));
    const client = new SecondOpinionClient({ url, timeoutMs: 100 });
    const started = Date.now();
    expect((await client.paragraphs(PAGE)).status).toBe('unavailable');
    expect(Date.now() - started).toBeLessThan(900);
    await client.paragraphs(PAGE);
    expect(requests).toBe(1);
  });

  it('treats an answer without paragraphs as a failure', async () => {
    const url = await extractorAnswering(() => ({ status: 200, json: { paragraphs: [1, 2] } }));
    expect(await new SecondOpinionClient({ url, timeoutMs: 2_000 }).paragraphs(PAGE)).toEqual({
      status: 'unavailable',
      reason: 'answer without paragraphs',
    });
  });
});
