import { Logger } from '@nestjs/common';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loopbackApi, sendJson } from '../../test/support/loopback-api.js';
import { BackendRateLimitedError, BackendUnavailableError } from './backend-errors.js';
import { OpenAiChatBackend } from './openai-chat.backend.js';

const completion = (content: string, finish_reason = 'stop') => ({
  id: 'chatcmpl-1',
  object: 'chat.completion',
  choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason }],
});

/** An OpenAI-compatible server as documented: GET /v1/models, POST /v1/chat/completions, Bearer auth. */
function openAi() {
  return loopbackApi({
    'GET /v1/models': (_, res) => sendJson(res, 200, { object: 'list', data: [{ id: 'qwen2.5-7b-instruct', object: 'model' }] }),
    'POST /v1/chat/completions': (req, res) => sendJson(res, 200, completion(`EN(${req.json.messages.at(-1).content})`)),
  });
}

describe('OpenAiChatBackend against an OpenAI-compatible chat-completions server', () => {
  let api: ReturnType<typeof openAi>;
  let backend: OpenAiChatBackend;
  let url: string;

  beforeAll(() => Logger.overrideLogger(false));
  beforeEach(async () => {
    api = openAi();
    url = `${await api.start()}/v1`;
    backend = new OpenAiChatBackend({ url, apiKey: 'sk-test', model: 'qwen2.5-7b-instruct', languages: ['en', 'es', 'fr'], timeoutMs: 2_000 });
  });
  afterEach(() => api.stop());

  it('serves every pair of its configured languages once the server lists the model', async () => {
    expect(await backend.pairs()).toEqual(new Set(['en>es', 'en>fr', 'es>en', 'es>fr', 'fr>en', 'fr>es']));
    expect(api.received[0]).toMatchObject({ method: 'GET', path: '/v1/models' });
    expect(api.received[0].headers.authorization).toBe('Bearer sk-test');
  });

  it('serves no pair when the server does not have the model', async () => {
    const other = new OpenAiChatBackend({ url, model: 'missing-model', languages: ['en', 'es'], timeoutMs: 2_000 });
    expect(await other.pairs()).toEqual(new Set());
  });

  it('sends one paragraph per request at temperature 0 with the model, and names the model', async () => {
    expect(await backend.translate(['Hola.', 'Adiós.'], 'es', 'en')).toEqual(['EN(Hola.)', 'EN(Adiós.)']);
    expect(api.received).toHaveLength(2);
    const { json } = api.received[0];
    expect(json).toMatchObject({ model: 'qwen2.5-7b-instruct', temperature: 0 });
    expect(json.messages[0]).toMatchObject({ role: 'system' });
    expect(json.messages[0].content).toMatch(/from Spanish to English/);
    expect(json.messages[1]).toEqual({ role: 'user', content: 'Hola.' });
    expect(backend.modelFor()).toBe('qwen2.5-7b-instruct');
    expect(backend.version).toBe('qwen2.5-7b-instruct');
  });

  it('refuses a reply cut at the token limit rather than publish half a paragraph', async () => {
    api.routes['POST /v1/chat/completions'] = (_, res) => sendJson(res, 200, completion('Half a', 'length'));
    await expect(backend.translate(['Hola.'], 'es', 'en')).rejects.toThrow(/cut at the token limit/);
  });

  it('refuses an empty reply', async () => {
    api.routes['POST /v1/chat/completions'] = (_, res) => sendJson(res, 200, completion('  '));
    await expect(backend.translate(['Hola.'], 'es', 'en')).rejects.toThrow(/empty translation/);
  });

  it('reports 429 as rate limited with its Retry-After, and the error message of the body', async () => {
    api.routes['POST /v1/chat/completions'] = (_, res) =>
      sendJson(res, 429, { error: { message: 'Rate limit reached', type: 'requests', code: 'rate_limit_exceeded' } }, { 'retry-after': '1' });
    const error = await backend.translate(['Hola.'], 'es', 'en').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackendRateLimitedError);
    expect((error as Error).message).toMatch(/Rate limit reached/);
    expect((error as BackendRateLimitedError).retryAfterMs).toBe(1_000);
  });

  it('reports a 500 and a dead server as unavailable', async () => {
    api.routes['POST /v1/chat/completions'] = (_, res) => sendJson(res, 500, { error: { message: 'model crashed' } });
    await expect(backend.translate(['Hola.'], 'es', 'en')).rejects.toThrow(/openai answered 500: model crashed/);
    await api.stop();
    await expect(backend.translate(['Hola.'], 'es', 'en')).rejects.toBeInstanceOf(BackendUnavailableError);
    expect(await backend.pairs()).toBeUndefined();
  });
});
