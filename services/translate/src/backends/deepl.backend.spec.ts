import { Logger } from '@nestjs/common';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loopbackApi, sendJson } from '../../test/support/loopback-api.js';
import { BackendRateLimitedError, BackendUnavailableError } from './backend-errors.js';
import { DeeplBackend, targetCodesOf } from './deepl.backend.js';

/** The DeepL API v2 as documented: /v2/languages?type=…, /v2/translate, DeepL-Auth-Key. */
function deepl() {
  return loopbackApi({
    'GET /v2/languages': (req, res) => {
      if (req.headers.authorization !== 'DeepL-Auth-Key s3cret') return sendJson(res, 403, { message: 'Wrong endpoint or key' });
      sendJson(
        res,
        200,
        req.query.get('type') === 'target'
          ? [{ language: 'EN-GB' }, { language: 'EN-US' }, { language: 'ES' }, { language: 'PT-BR' }, { language: 'PT-PT' }]
          : [{ language: 'EN' }, { language: 'ES' }, { language: 'PT' }],
      );
    },
    'POST /v2/translate': (req, res) =>
      sendJson(res, 200, {
        translations: (req.json.text as string[]).map((text) => ({ detected_source_language: req.json.source_lang, text: `${req.json.target_lang}:${text}` })),
      }),
  });
}

describe('DeeplBackend against the DeepL API v2', () => {
  let api: ReturnType<typeof deepl>;
  let backend: DeeplBackend;
  let port: string;

  beforeAll(() => Logger.overrideLogger(false));
  beforeEach(async () => {
    api = deepl();
    const url = await api.start();
    port = new URL(url).port;
    backend = new DeeplBackend({ url, apiKey: 's3cret', timeoutMs: 2_000 });
  });
  afterEach(() => api.stop());

  it('discovers pairs from the source and target language lists', async () => {
    const pairs = await backend.pairs();
    expect(pairs).toEqual(new Set(['en>es', 'en>pt', 'es>en', 'es>pt', 'pt>en', 'pt>es']));
    expect(api.received.map((r) => r.query.get('type')).sort()).toEqual(['source', 'target']);
  });

  it('picks a regional target where DeepL wants one (EN-US, PT-PT)', () => {
    expect(targetCodesOf([{ language: 'EN-GB' }, { language: 'EN-US' }, { language: 'ES' }, { language: 'PT-BR' }, { language: 'PT-PT' }])).toEqual(
      new Map([
        ['es', 'ES'],
        ['en', 'EN-US'],
        ['pt', 'PT-PT'],
      ]),
    );
  });

  it('posts the texts as JSON with the auth key header and DeepL language codes', async () => {
    await backend.pairs();
    expect(await backend.translate(['Hola.', '', 'Adiós.'], 'es', 'en')).toEqual(['EN-US:Hola.', '', 'EN-US:Adiós.']);
    const request = api.received.at(-1)!;
    expect(request.headers.authorization).toBe('DeepL-Auth-Key s3cret');
    expect(request.json).toEqual({ text: ['Hola.', 'Adiós.'], source_lang: 'ES', target_lang: 'EN-US' });
  });

  it('sends at most 50 texts a request', async () => {
    const many = Array.from({ length: 120 }, (_, i) => `Frase ${i}.`);
    const out = await backend.translate(many, 'es', 'en');
    expect(out).toHaveLength(120);
    expect(api.received.map((r) => r.json.text.length)).toEqual([50, 50, 20]);
  });

  it('is unreachable, not unsupported, with a wrong key (403)', async () => {
    const url = `http://127.0.0.1:${port}`;
    const wrongKey = new DeeplBackend({ url, apiKey: 'nope', timeoutMs: 2_000 });
    expect(await wrongKey.pairs()).toBeUndefined();
    expect(api.received.at(-1)!.headers.authorization).toBe('DeepL-Auth-Key nope');
  });

  it('reports 429 Too Many Requests as rate limited, with Retry-After', async () => {
    api.routes['POST /v2/translate'] = (_, res) => sendJson(res, 429, { message: 'Too many requests' }, { 'retry-after': '3' });
    const error = await backend.translate(['Hola.'], 'es', 'en').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackendRateLimitedError);
    expect((error as BackendRateLimitedError).retryAfterMs).toBe(3_000);
  });

  it('reports 456 Quota exceeded as unavailable, naming the message DeepL sent', async () => {
    api.routes['POST /v2/translate'] = (_, res) => sendJson(res, 456, { message: 'Quota exceeded' });
    await expect(backend.translate(['Hola.'], 'es', 'en')).rejects.toThrow(/deepl answered 456: Quota exceeded/);
  });

  it('fails with BackendUnavailableError once the server is gone', async () => {
    await api.stop();
    await expect(backend.translate(['Hola.'], 'es', 'en')).rejects.toBeInstanceOf(BackendUnavailableError);
  });
});
