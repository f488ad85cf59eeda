import { createHash, timingSafeEqual } from 'node:crypto';
import { isScope, type Scope } from './scopes.js';

export interface ApiKey {
  /** Who holds the key; the only thing about a key that may be logged. */
  name: string;
  scopes: ReadonlySet<Scope>;
  /** Requests per window for this key, overriding RATE_LIMIT_PER_KEY. */
  rateLimit?: number;
  /** SHA-256 of the secret: the registry never needs the plaintext. */
  digest: Buffer;
}

export class ApiKeyConfigError extends Error {}

const sha256 = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/**
 * Parses `name:secret:scope+scope[:limit]` entries (`;` or newline separated, `#` comments).
 * `secret` may be `sha256:<64 hex>`. Errors name the entry by position and key name, never
 * by its secret, because they end up in the start-up log.
 */
export function parseApiKeys(spec: string, origin = 'API_KEYS'): { keys: ApiKey[]; plaintextSecrets: string[] } {
  const keys: ApiKey[] = [];
  const plaintextSecrets: string[] = [];
  const entries = spec
    .split(/[;\n]/)
    .map((entry) => entry.replace(/#.*$/, '').trim())
    .filter(Boolean);
  entries.forEach((entry, index) => {
    const where = `${origin} entry ${index + 1}`;
    let fields = entry.split(':');
    // A hashed secret holds one colon of its own: name:sha256:<hex>:scopes[:limit].
    const hashed = fields[1] === 'sha256';
    if (hashed) fields = [fields[0]!, `sha256:${fields[2] ?? ''}`, ...fields.slice(3)];
    const [name, secret, scopeList, limit, ...extra] = fields.map((f) => f.trim());
    if (!name || !/^[A-Za-z0-9_.@-]{1,64}$/.test(name)) throw new ApiKeyConfigError(`${where}: the name must be 1-64 letters, digits, _ . @ -`);
    const named = `${where} (${name})`;
    if (extra.length > 0 || scopeList === undefined) throw new ApiKeyConfigError(`${named}: expected name:secret:scope+scope[:limit]`);
    const scopes = scopeList.split('+').map((s) => s.trim());
    const unknown = scopes.filter((s) => !isScope(s));
    if (unknown.length > 0 || scopes.length === 0) {
      throw new ApiKeyConfigError(`${named}: unknown scope ${unknown.join(', ') || '(none)'}; scopes are ingest, search, subscriptions, admin`);
    }
    if (limit !== undefined && !/^\d+$/.test(limit)) throw new ApiKeyConfigError(`${named}: the rate limit must be a whole number of requests per window`);
    let digest: Buffer;
    if (hashed) {
      const hex = secret!.slice('sha256:'.length);
      if (!/^[0-9a-fA-F]{64}$/.test(hex)) throw new ApiKeyConfigError(`${named}: sha256: must be followed by 64 hex digits`);
      digest = Buffer.from(hex, 'hex');
    } else {
      if (!secret || secret.length < 16) throw new ApiKeyConfigError(`${named}: the secret must be at least 16 characters`);
      digest = sha256(secret);
      plaintextSecrets.push(secret);
    }
    if (keys.some((k) => k.name === name)) throw new ApiKeyConfigError(`${named}: the name is used twice`);
    keys.push({ name, scopes: new Set(scopes as Scope[]), digest, ...(limit !== undefined ? { rateLimit: Number(limit) } : {}) });
  });
  return { keys, plaintextSecrets };
}

/** Finds the key a request presented. Compares digests in constant time, against every key. */
export class ApiKeyRegistry {
  constructor(readonly keys: readonly ApiKey[]) {}

  get size(): number {
    return this.keys.length;
  }

  identify(presented: string): ApiKey | undefined {
    const digest = sha256(presented);
    let found: ApiKey | undefined;
    // No early exit: the time taken does not say which key, or how many, came close.
    for (const key of this.keys) if (timingSafeEqual(key.digest, digest)) found = key;
    return found;
  }
}

/** The key a request carries: `Authorization: Bearer <key>` or `X-API-Key: <key>`. */
export function presentedKey(headers: Record<string, string | string[] | undefined>): string | undefined {
  const apiKey = headers['x-api-key'];
  if (typeof apiKey === 'string' && apiKey.trim()) return apiKey.trim();
  const authorization = headers.authorization;
  const match = typeof authorization === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(authorization) : null;
  return match?.[1];
}
