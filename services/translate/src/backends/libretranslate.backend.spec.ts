import { Logger } from '@nestjs/common';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loopbackApi, sendJson } from '../../test/support/loopback-api.js';
import { BackendRateLimitedError, BackendUnavailableError } from './backend-errors.js';
import { LibreTranslateBackend } from './libretranslate.backend.js';

/** A LibreTranslate server as documented: GET /languages, POST /translate with q as string or array. */
function libreTranslate() {
  return loopbackApi({
    'GET /languages': (_, res) =>
      sendJson(res, 200, [
        { code: 'en', name: 'English', targets: ['en', 'es', 'fr'] },
        { code: 'es', name: 'Spanish', targets: ['en', 'es'] },
      ]),
    'POST /translate': (req, res) => {
      const q = req.json.q as string | string[];
      const tag = (text: string) => `${req.json.target}:${text}`;
      sendJson(res, 200, { translatedText: Array.isArray(q) ? q.map(tag) : tag(q) });
    },
  });
}

describe('LibreTranslateBackend against a LibreTranslate-compatible server', () => {
  let api: ReturnType<typeof libreTranslate>;
  let backend: LibreTranslateBackend;

  beforeAll(() => Logger.overrideLogger(false));
  beforeEach(async () => {
    api = libreTranslate();
    backend = new LibreTranslateBackend({ url: await api.start(), apiKey: 'k3y', timeoutMs: 2_000, maxChars: 100 });
  });
  afterEach(() => api.stop());

  it('discovers its pairs from /languages, never a language into itself', async () => {
    expect(await backend.pairs()).toEqual(new Set(['en>es', 'en>fr', 'es>en']));
  });

  it('posts the paragraphs as a JSON q array with source, target, format text and the api key', async () => {
    expect(await backend.translate(['Hola.', 'Adiós.'], 'es', 'en')).toEqual(['en:Hola.', 'en:Adiós.']);
    expect(api.received.at(-1)).toMatchObject({ method: 'POST', path: '/translate' });
    expect(api.received.at(-1)!.json).toEqual({ q: ['Hola.', 'Adiós.'], source: 'es', target: 'en', format: 'text', api_key: 'k3y' });
  });

  it('cuts a paragraph over the char limit and joins the pieces back into one paragraph', async () => {
    const paragraph = 'Una frase corta aquí. '.repeat(12).trim();
    const [translated] = await backend.translate([paragraph, 'Dos.'], 'es', 'en');
    const sent = api.received.at(-1)!.json.q as string[];
    expect(sent.length).toBeGreaterThan(2);
    for (const piece of sent) expect(piece.length).toBeLessThanOrEqual(100);
    expect(translated).toBe(sent.slice(0, -1).map((p) => `en:${p}`).join(' '));
  });

  it('reads the error message of a 400 answer', async () => {
    api.routes['POST /translate'] = (_, res) => sendJson(res, 400, { error: 'es is not supported' });
    await expect(backend.translate(['Hola.'], 'es', 'en')).rejects.toThrow(/libretranslate answered 400: es is not supported/);
  });

  it('reports a 429 as rate limited, with the Retry-After delay', async () => {
    api.routes['POST /translate'] = (_, res) => sendJson(res, 429, { error: 'Too many requests' }, { 'retry-after': '2' });
    const error = await backend.translate(['Hola.'], 'es', 'en').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackendRateLimitedError);
    expect((error as BackendRateLimitedError).retryAfterMs).toBe(2_000);
  });

  it('refuses an answer with fewer texts than asked for, rather than lose a paragraph', async () => {
    api.routes['POST /translate'] = (_, res) => sendJson(res, 200, { translatedText: ['only one'] });
    await expect(backend.translate(['Uno.', 'Dos.'], 'es', 'en')).rejects.toThrow(/returned 1 texts for 2/);
  });

  it('is unreachable (undefined pairs, BackendUnavailableError) once the server is gone', async () => {
    await api.stop();
    expect(await backend.pairs()).toBeUndefined();
    await expect(backend.translate(['Hola.'], 'es', 'en')).rejects.toBeInstanceOf(BackendUnavailableError);
  });
});
