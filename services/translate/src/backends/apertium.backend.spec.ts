import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Logger } from '@nestjs/common';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApertiumBackend, APY_MAX_REQUEST_CHARS, BackendUnavailableError } from './apertium.backend.js';

type Received = { method: string; path: string; contentType: string; form: URLSearchParams };
type Route = (form: URLSearchParams, res: ServerResponse) => void;

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
};

/** A tiny APY on 127.0.0.1: /listPairs and /translate, recording every request. */
function fakeApy() {
  const received: Received[] = [];
  const routes: Record<string, Route> = {
    '/listPairs': (_, res) =>
      json(res, 200, { responseData: [{ sourceLanguage: 'spa', targetLanguage: 'eng' }], responseStatus: 200 }),
    '/translate': (form, res) =>
      json(res, 200, { responseData: { translatedText: `EN<${form.get('q')}>` }, responseStatus: 200 }),
  };
  const server: Server = createServer(async (req: IncomingMessage, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    const url = new URL(req.url ?? '/', 'http://apy');
    const form = new URLSearchParams(body);
    received.push({ method: req.method ?? '', path: url.pathname, contentType: req.headers['content-type'] ?? '', form });
    const route = routes[url.pathname];
    if (route) route(form, res);
    else json(res, 404, { status: 'error' });
  });
  return {
    received,
    routes,
    server,
    async start() {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    },
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe('ApertiumBackend against an APY server', () => {
  let apy: ReturnType<typeof fakeApy>;
  let backend: ApertiumBackend;

  beforeAll(() => Logger.overrideLogger(false));

  beforeEach(async () => {
    apy = fakeApy();
    backend = new ApertiumBackend(await apy.start(), 2_000);
  });

  afterEach(async () => {
    if (apy.server.listening) await apy.stop();
  });

  describe('pairs()', () => {
    it('lists the served pairs in ISO 639-1', async () => {
      expect(await backend.pairs()).toEqual(new Set(['es>en']));
      expect(apy.received).toMatchObject([{ method: 'GET', path: '/listPairs' }]);
    });

    it('drops pairs whose languages it cannot name, and reads variant codes', async () => {
      apy.routes['/listPairs'] = (_, res) =>
        json(res, 200, {
          responseData: [
            { sourceLanguage: 'por_BR', targetLanguage: 'eng' },
            { sourceLanguage: 'xyz', targetLanguage: 'eng' },
            { sourceLanguage: 'eng', targetLanguage: 'spa' },
          ],
          responseStatus: 200,
        });
      expect(await backend.pairs()).toEqual(new Set(['pt>en', 'en>es']));
    });

    it('is undefined when the server answers with an error status', async () => {
      apy.routes['/listPairs'] = (_, res) => json(res, 503, { status: 'error' });
      expect(await backend.pairs()).toBeUndefined();
    });

    it('is undefined once the server is gone', async () => {
      await apy.stop();
      expect(await backend.pairs()).toBeUndefined();
    });

    it('is undefined when the server does not answer in time', async () => {
      apy.routes['/listPairs'] = () => undefined; // never answers
      const impatient = new ApertiumBackend(`http://127.0.0.1:${(apy.server.address() as AddressInfo).port}`, 100);
      expect(await impatient.pairs()).toBeUndefined();
    });
  });

  describe('translate()', () => {
    it('posts each paragraph form-encoded as plain text, with unknown words unmarked', async () => {
      await backend.translate(['Hola mundo & <amigos>.'], 'es', 'en');

      expect(apy.received).toHaveLength(1);
      const [request] = apy.received;
      expect(request.method).toBe('POST');
      expect(request.path).toBe('/translate');
      expect(request.contentType).toMatch(/^application\/x-www-form-urlencoded\b/);
      expect(Object.fromEntries(request.form)).toEqual({
        q: 'Hola mundo & <amigos>.',
        langpair: 'spa|eng',
        markUnknown: 'no',
        format: 'txt',
      });
    });

    it('returns one translation per paragraph, in order', async () => {
      expect(await backend.translate(['Uno.', 'Dos.', 'Tres.'], 'es', 'en')).toEqual(['EN<Uno.>', 'EN<Dos.>', 'EN<Tres.>']);
    });

    it('sends a paragraph over the APY limit in several requests and joins the answers', async () => {
      const sentence = 'El ministro ha recibido hoy a su homólogo en el palacio de Santa Cruz. ';
      const paragraph = sentence.repeat(Math.ceil((APY_MAX_REQUEST_CHARS * 2.5) / sentence.length)).trim();
      const [translated] = await backend.translate([paragraph], 'es', 'en');

      expect(apy.received.length).toBeGreaterThanOrEqual(3);
      for (const { form } of apy.received) expect(form.get('q')!.length).toBeLessThanOrEqual(APY_MAX_REQUEST_CHARS);
      expect(translated).toBe(apy.received.map(({ form }) => `EN<${form.get('q')}>`).join(' '));
    });

    it('passes a blank paragraph through without asking the server', async () => {
      expect(await backend.translate(['Hola.', '  '], 'es', 'en')).toEqual(['EN<Hola.>', '  ']);
      expect(apy.received).toHaveLength(1);
    });

    it('fails with BackendUnavailableError on an empty translatedText', async () => {
      apy.routes['/translate'] = (_, res) => json(res, 200, { responseData: { translatedText: '  ' }, responseStatus: 200 });
      await expect(backend.translate(['Hola.'], 'es', 'en')).rejects.toThrow(BackendUnavailableError);
      await expect(backend.translate(['Hola.'], 'es', 'en')).rejects.toThrow(/no text for spa\|eng/);
    });

    it('fails with BackendUnavailableError on an error status', async () => {
      apy.routes['/translate'] = (_, res) => json(res, 500, { status: 'error' });
      await expect(backend.translate(['Hola.'], 'es', 'en')).rejects.toThrow(/apertium answered 500 for spa\|eng/);
    });

    it('fails with BackendUnavailableError once the server is gone', async () => {
      await apy.stop();
      await expect(backend.translate(['Hola.'], 'es', 'en')).rejects.toBeInstanceOf(BackendUnavailableError);
    });
  });
});
