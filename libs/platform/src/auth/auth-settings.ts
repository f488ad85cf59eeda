import { readFileSync } from 'node:fs';
import { ApiKeyConfigError, ApiKeyRegistry, parseApiKeys } from './api-keys.js';
import { isScope, type Scope } from './scopes.js';

/** The access-control settings every service reads from its validated environment (CommonEnv). */
/** The environment access control reads, injected (ServiceModule provides it from the validated env). */
export abstract class AuthConfig {
  abstract readonly NODE_ENV: string;
  abstract readonly HOST: string;
  abstract readonly API_KEYS: string;
  abstract readonly API_KEYS_FILE: string;
  abstract readonly AUTH_DISABLED: 'true' | 'false';
  abstract readonly PUBLIC_SCOPES: string;
  abstract readonly RATE_LIMIT_WINDOW_MS: number;
  abstract readonly RATE_LIMIT_PER_KEY: number;
  abstract readonly RATE_LIMIT_ANONYMOUS: number;
  abstract readonly RATE_LIMIT_OPEN: number;
}

export type AuthEnv = AuthConfig;

export interface AuthSettings {
  /** False: every request passes as anonymous (still rate-limited per address). */
  enabled: boolean;
  registry: ApiKeyRegistry;
  publicScopes: ReadonlySet<Scope>;
  windowMs: number;
  perKeyLimit: number;
  /** Per address, for public scopes while keys are required. */
  anonymousLimit: number;
  /** Per address, while access control is off. */
  openLimit: number;
  /** Plaintext secrets from the configuration, masked in every log line. */
  plaintextSecrets: string[];
  /** The one start-up warning when access control is off, or undefined. */
  warning?: string;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/;

/**
 * Decides whether access control is on. No keys: off, with a warning — unless the service is
 * a production one reachable beyond loopback, which refuses to start without AUTH_DISABLED=true,
 * so a forgotten secret never silently opens a deployment.
 */
export function resolveAuthSettings(env: AuthEnv, readFile: (path: string) => string = (p) => readFileSync(p, 'utf8')): AuthSettings {
  const fromEnv = parseApiKeys(env.API_KEYS ?? '', 'API_KEYS');
  let fromFile: ReturnType<typeof parseApiKeys> = { keys: [], plaintextSecrets: [] };
  if (env.API_KEYS_FILE) {
    let text: string;
    try {
      text = readFile(env.API_KEYS_FILE);
    } catch (error) {
      throw new ApiKeyConfigError(`API_KEYS_FILE: cannot read ${env.API_KEYS_FILE}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    fromFile = parseApiKeys(text, 'API_KEYS_FILE');
  }
  const keys = [...fromEnv.keys, ...fromFile.keys];
  const names = new Set<string>();
  for (const key of keys) {
    if (names.has(key.name)) throw new ApiKeyConfigError(`API keys: the name ${key.name} is used twice (API_KEYS and API_KEYS_FILE)`);
    names.add(key.name);
  }
  const publicScopes = new Set(
    (env.PUBLIC_SCOPES ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(isScope),
  );
  const disabled = env.AUTH_DISABLED === 'true';
  const exposed = !LOOPBACK.test(env.HOST ?? '127.0.0.1');
  if (keys.length === 0 && !disabled && env.NODE_ENV === 'production' && exposed) {
    throw new ApiKeyConfigError(
      `no API keys configured (API_KEYS, API_KEYS_FILE) for a production service listening on ${env.HOST}: set keys, or AUTH_DISABLED=true to run it open`,
    );
  }
  const enabled = keys.length > 0 && !disabled;
  return {
    enabled,
    registry: new ApiKeyRegistry(enabled ? keys : []),
    publicScopes,
    windowMs: env.RATE_LIMIT_WINDOW_MS ?? 60_000,
    perKeyLimit: env.RATE_LIMIT_PER_KEY ?? 1200,
    anonymousLimit: env.RATE_LIMIT_ANONYMOUS ?? 600,
    openLimit: env.RATE_LIMIT_OPEN ?? 100_000,
    plaintextSecrets: [...fromEnv.plaintextSecrets, ...fromFile.plaintextSecrets],
    ...(enabled
      ? {}
      : {
          warning: disabled
            ? 'ACCESS CONTROL IS OFF (AUTH_DISABLED=true): every endpoint answers without an API key'
            : 'ACCESS CONTROL IS OFF: no API keys configured (API_KEYS, API_KEYS_FILE), every endpoint answers without an API key',
        }),
  };
}
