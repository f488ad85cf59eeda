import 'reflect-metadata';
import { Controller, Get, type INestApplication, Module, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthConfig, type AuthEnv, AuthModule, Public, RequireScope } from '@demarche/platform';

// A real Nest application on a loopback port: the guard, the limiter and Nest's error
// handling together, without any of the stack.

@Controller()
class ProbeController {
  @Get('search')
  @RequireScope('search')
  search() {
    return { ok: true };
  }

  @Post('releases')
  @RequireScope('ingest')
  ingest() {
    return { ok: true };
  }

  @Get('undeclared')
  undeclared() {
    return { ok: true };
  }

  @Get('health')
  @Public()
  health() {
    return { ok: true };
  }
}

const KEYS = [
  'reader:reader-secret-0123456789:search',
  'pusher:pusher-secret-0123456789:ingest:2',
  'ops:ops-secret-01234567890123:admin',
].join(';');

async function start(env: Partial<AuthEnv>): Promise<{ app: INestApplication; url: string }> {
  const full: AuthEnv = {
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    API_KEYS: '',
    API_KEYS_FILE: '',
    AUTH_DISABLED: 'false',
    PUBLIC_SCOPES: '',
    RATE_LIMIT_WINDOW_MS: 60_000,
    RATE_LIMIT_PER_KEY: 1200,
    RATE_LIMIT_ANONYMOUS: 600,
    RATE_LIMIT_OPEN: 100_000,
    ...env,
  };
  @Module({
    imports: [{ module: class Env {}, global: true, providers: [{ provide: AuthConfig, useValue: full }], exports: [AuthConfig] }, AuthModule],
    controllers: [ProbeController],
  })
  class ProbeModule {}
  const app = await NestFactory.create(ProbeModule, { logger: false });
  await app.listen(0, '127.0.0.1');
  return { app, url: (await app.getUrl()).replace('[::1]', '127.0.0.1') };
}

const call = (url: string, path: string, headers: Record<string, string> = {}, method = 'GET') => fetch(`${url}${path}`, { method, headers });

describe('AccessGuard with keys configured', () => {
  let app: INestApplication;
  let url: string;
  beforeAll(async () => ({ app, url } = await start({ API_KEYS: KEYS })));
  afterAll(() => app?.close());

  it('answers 401 with WWW-Authenticate and the needed scope when no key is sent', async () => {
    const res = await call(url, '/search');
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer realm="demarche", scope="search"');
    expect(await res.json()).toMatchObject({ statusCode: 401, code: 'AUTH.MISSING_KEY', requiredScope: 'search' });
  });

  it('answers 401 invalid_token for an unknown key', async () => {
    const res = await call(url, '/search', { authorization: 'Bearer not-a-key-0123456789' });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/error="invalid_token"/);
    expect(await res.json()).toMatchObject({ code: 'AUTH.UNKNOWN_KEY' });
  });

  it('answers 403 naming the scope when the key lacks it', async () => {
    const res = await call(url, '/search', { 'x-api-key': 'pusher-secret-0123456789' });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ statusCode: 403, code: 'AUTH.MISSING_SCOPE', requiredScope: 'search', message: expect.stringContaining('pusher lacks the search scope') });
  });

  it('lets a key with the scope through, by either header, with RateLimit headers', async () => {
    const bearer = await call(url, '/search', { authorization: 'Bearer reader-secret-0123456789' });
    expect(bearer.status).toBe(200);
    expect(bearer.headers.get('ratelimit-limit')).toBe('1200');
    expect(Number(bearer.headers.get('ratelimit-remaining'))).toBeLessThan(1200);
    expect((await call(url, '/search', { 'x-api-key': 'reader-secret-0123456789' })).status).toBe(200);
  });

  it('admin may do everything; a route that declares no scope needs admin', async () => {
    const ops = { 'x-api-key': 'ops-secret-01234567890123' };
    expect((await call(url, '/search', ops)).status).toBe(200);
    expect((await call(url, '/releases', ops, 'POST')).status).toBe(201);
    expect((await call(url, '/undeclared', ops)).status).toBe(200);
    const reader = await call(url, '/undeclared', { 'x-api-key': 'reader-secret-0123456789' });
    expect(await reader.json()).toMatchObject({ statusCode: 403, requiredScope: 'admin' });
  });

  it('keeps public routes public', async () => {
    expect((await call(url, '/health')).status).toBe(200);
  });

  it('limits each key by its own rate: 429 with Retry-After past it, other keys unaffected', async () => {
    const pusher = { 'x-api-key': 'pusher-secret-0123456789' };
    expect((await call(url, '/releases', pusher, 'POST')).status).toBe(201);
    const second = await call(url, '/releases', pusher, 'POST');
    expect(second.status).toBe(201);
    expect(second.headers.get('ratelimit-remaining')).toBe('0');
    const third = await call(url, '/releases', pusher, 'POST');
    expect(third.status).toBe(429);
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(third.headers.get('ratelimit-limit')).toBe('2');
    expect(await third.json()).toMatchObject({ statusCode: 429, code: 'AUTH.RATE_LIMITED', message: expect.stringContaining('API key pusher') });
    expect((await call(url, '/releases', { 'x-api-key': 'ops-secret-01234567890123' }, 'POST')).status).toBe(201);
  });
});

describe('AccessGuard with public scopes and with access control off', () => {
  it('serves a public scope without a key, limited per address, and still refuses other scopes', async () => {
    const { app, url } = await start({ API_KEYS: KEYS, PUBLIC_SCOPES: 'search', RATE_LIMIT_ANONYMOUS: 2 });
    try {
      expect((await call(url, '/search')).status).toBe(200);
      expect((await call(url, '/search', { 'x-api-key': 'pusher-secret-0123456789' })).status).toBe(200);
      expect((await call(url, '/search')).status).toBe(200);
      const limited = await call(url, '/search');
      expect(limited.status).toBe(429);
      expect(await limited.json()).toMatchObject({ message: expect.stringContaining('this address') });
      expect((await call(url, '/releases', {}, 'POST')).status).toBe(401);
    } finally {
      await app.close();
    }
  });

  it('without keys lets everything through, limited per address by RATE_LIMIT_OPEN', async () => {
    const { app, url } = await start({ RATE_LIMIT_OPEN: 1 });
    try {
      expect((await call(url, '/undeclared')).status).toBe(200);
      expect((await call(url, '/releases', {}, 'POST')).status).toBe(201);
      expect((await call(url, '/undeclared')).status).toBe(429);
    } finally {
      await app.close();
    }
  });
});
