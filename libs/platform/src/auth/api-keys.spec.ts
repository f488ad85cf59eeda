import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ApiKeyConfigError, ApiKeyRegistry, grants, parseApiKeys, presentedKey } from '@demarche/platform';

const SECRET = 'reader-secret-0123456789';
const hex = (text: string) => createHash('sha256').update(text).digest('hex');

function configError(spec: string): ApiKeyConfigError {
  try {
    parseApiKeys(spec);
  } catch (error) {
    expect(error).toBeInstanceOf(ApiKeyConfigError);
    return error as ApiKeyConfigError;
  }
  throw new Error(`expected ${spec} to be refused`);
}

describe('parseApiKeys', () => {
  it('reads name, secret, scopes and an optional per-key limit from ;-separated entries', () => {
    const { keys, plaintextSecrets } = parseApiKeys(`reader:${SECRET}:search+subscriptions; pusher:pusher-secret-0123456789:ingest:30`);
    expect(keys.map((k) => [k.name, [...k.scopes], k.rateLimit])).toEqual([
      ['reader', ['search', 'subscriptions'], undefined],
      ['pusher', ['ingest'], 30],
    ]);
    expect(plaintextSecrets).toEqual([SECRET, 'pusher-secret-0123456789']);
  });

  it('accepts a SHA-256 of the secret instead of the secret, so the environment holds no plaintext', () => {
    const { keys, plaintextSecrets } = parseApiKeys(`ops:sha256:${hex(SECRET)}:admin:10`);
    expect(plaintextSecrets).toEqual([]);
    expect(keys[0]).toMatchObject({ name: 'ops', rateLimit: 10 });
    expect(new ApiKeyRegistry(keys).identify(SECRET)?.name).toBe('ops');
  });

  it('reads a file of keys: one per line, # comments, blank lines', () => {
    const { keys } = parseApiKeys(`# newsroom keys\n\nreader:${SECRET}:search   # desk A\n`, 'API_KEYS_FILE');
    expect(keys.map((k) => k.name)).toEqual(['reader']);
  });

  it.each([
    [`reader:${SECRET}:serch`, /entry 1 \(reader\): unknown scope serch/],
    [`reader:${SECRET}`, /entry 1 \(reader\): expected name:secret:scope\+scope\[:limit\]/],
    ['reader:short:search', /at least 16 characters/],
    [`reader:${SECRET}:search:many`, /rate limit must be a whole number/],
    ['ops:sha256:abc:admin', /64 hex digits/],
    [`a b:${SECRET}:search`, /entry 1: the name must be/],
    [`r:${SECRET}:search;r:${SECRET}x:search`, /entry 2 \(r\): the name is used twice/],
  ])('refuses %s, naming the entry but never its secret', (spec, message) => {
    const error = configError(spec);
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain(SECRET);
  });
});

describe('ApiKeyRegistry', () => {
  const registry = new ApiKeyRegistry(parseApiKeys(`reader:${SECRET}:search;ops:ops-secret-0123456789:admin`).keys);

  it('identifies the key a secret belongs to, and nothing for an unknown or near-miss secret', () => {
    expect(registry.identify(SECRET)?.name).toBe('reader');
    expect(registry.identify('ops-secret-0123456789')?.name).toBe('ops');
    expect(registry.identify(`${SECRET}x`)).toBeUndefined();
    expect(registry.identify(SECRET.slice(0, -1))).toBeUndefined();
    expect(registry.identify('')).toBeUndefined();
  });
});

describe('scopes', () => {
  it('grants a held scope, admin grants every scope, nothing else', () => {
    expect(grants(new Set(['search']), 'search')).toBe(true);
    expect(grants(new Set(['search']), 'ingest')).toBe(false);
    expect(grants(new Set(['subscriptions']), 'admin')).toBe(false);
    for (const scope of ['ingest', 'search', 'subscriptions', 'admin'] as const) expect(grants(new Set(['admin']), scope)).toBe(true);
  });
});

describe('presentedKey', () => {
  it('takes X-API-Key first, then a Bearer token, and ignores other schemes', () => {
    expect(presentedKey({ 'x-api-key': ' k1 ', authorization: 'Bearer k2' })).toBe('k1');
    expect(presentedKey({ authorization: 'bearer  k2' })).toBe('k2');
    expect(presentedKey({ authorization: 'Basic dXNlcjpwYXNz' })).toBeUndefined();
    expect(presentedKey({})).toBeUndefined();
  });
});
