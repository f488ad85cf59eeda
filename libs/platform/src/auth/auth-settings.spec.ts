import { describe, expect, it } from 'vitest';
import { type AuthEnv, resolveAuthSettings } from '@demarche/platform';

const BASE: AuthEnv = {
  NODE_ENV: 'development',
  HOST: '127.0.0.1',
  API_KEYS: '',
  API_KEYS_FILE: '',
  AUTH_DISABLED: 'false',
  PUBLIC_SCOPES: '',
  RATE_LIMIT_WINDOW_MS: 60_000,
  RATE_LIMIT_PER_KEY: 1200,
  RATE_LIMIT_ANONYMOUS: 600,
  RATE_LIMIT_OPEN: 100_000,
};
const KEYS = 'reader:reader-secret-0123456789:search';

describe('resolveAuthSettings', () => {
  it('is off, with a warning, when no key is configured', () => {
    const settings = resolveAuthSettings(BASE);
    expect(settings.enabled).toBe(false);
    expect(settings.warning).toMatch(/ACCESS CONTROL IS OFF: no API keys configured/);
  });

  it('is on as soon as one key is configured', () => {
    const settings = resolveAuthSettings({ ...BASE, API_KEYS: KEYS, PUBLIC_SCOPES: 'search' });
    expect(settings.enabled).toBe(true);
    expect(settings.warning).toBeUndefined();
    expect(settings.registry.size).toBe(1);
    expect([...settings.publicScopes]).toEqual(['search']);
  });

  it('merges API_KEYS_FILE with API_KEYS and refuses a name given in both', () => {
    const file = 'pusher:pusher-secret-0123456789:ingest\n';
    expect(resolveAuthSettings({ ...BASE, API_KEYS: KEYS, API_KEYS_FILE: 'keys.txt' }, () => file).registry.size).toBe(2);
    expect(() => resolveAuthSettings({ ...BASE, API_KEYS: KEYS, API_KEYS_FILE: 'keys.txt' }, () => KEYS)).toThrow(/reader is used twice/);
    expect(() =>
      resolveAuthSettings({ ...BASE, API_KEYS_FILE: 'missing.txt' }, () => {
        throw Object.assign(new Error('nope'), { code: 'ENOENT' });
      }),
    ).toThrow('API_KEYS_FILE: cannot read missing.txt: ENOENT');
  });

  it('refuses to start a production service listening beyond loopback without keys', () => {
    expect(() => resolveAuthSettings({ ...BASE, NODE_ENV: 'production', HOST: '0.0.0.0' })).toThrow(/no API keys configured .* AUTH_DISABLED=true/);
  });

  it('lets production run open only when AUTH_DISABLED=true says so, or on loopback', () => {
    expect(resolveAuthSettings({ ...BASE, NODE_ENV: 'production', HOST: '0.0.0.0', AUTH_DISABLED: 'true' }).warning).toMatch(/AUTH_DISABLED=true/);
    expect(resolveAuthSettings({ ...BASE, NODE_ENV: 'production' }).enabled).toBe(false);
  });

  it('AUTH_DISABLED=true turns configured keys off', () => {
    expect(resolveAuthSettings({ ...BASE, API_KEYS: KEYS, AUTH_DISABLED: 'true' }).enabled).toBe(false);
  });
});

describe('the access-control variables of every service (CommonEnv)', () => {
  it('default to access control off with the documented limits, and never make admin public', async () => {
    const { CommonEnv, validateEnv } = await import('@demarche/config');
    const env = validateEnv(CommonEnv)({ PORT: '8080' });
    expect(env).toMatchObject({ API_KEYS: '', AUTH_DISABLED: 'false', PUBLIC_SCOPES: '', RATE_LIMIT_WINDOW_MS: 60_000, RATE_LIMIT_PER_KEY: 1200 });
    expect(resolveAuthSettings(env).enabled).toBe(false);
    expect(() => validateEnv(CommonEnv)({ PORT: '8080', PUBLIC_SCOPES: 'search,admin' })).toThrow(/PUBLIC_SCOPES="search,admin": .*admin is never public/);
    expect(validateEnv(CommonEnv)({ PORT: '8080', RATE_LIMIT_PER_KEY: '30' }).RATE_LIMIT_PER_KEY).toBe(30);
  });
});
