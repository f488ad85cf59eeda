import { Logger, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { AccessGuard, AUTH_SETTINGS } from './access.guard.js';
import type { AuthenticatedRequest } from './authenticated-request.js';
import { type AuthEnv, type AuthSettings, resolveAuthSettings } from './auth-settings.js';
import { RateLimitGuard } from './rate-limit.guard.js';
import { maskSecrets } from './redaction.js';

const AUTH_ENV_KEYS = [
  'NODE_ENV',
  'HOST',
  'API_KEYS',
  'API_KEYS_FILE',
  'AUTH_DISABLED',
  'PUBLIC_SCOPES',
  'RATE_LIMIT_WINDOW_MS',
  'RATE_LIMIT_PER_KEY',
  'RATE_LIMIT_ANONYMOUS',
  'RATE_LIMIT_OPEN',
] as const;

function settingsFrom(config: ConfigService): AuthSettings {
  const env = Object.fromEntries(AUTH_ENV_KEYS.map((key) => [key, config.get(key)])) as unknown as AuthEnv;
  const settings = resolveAuthSettings(env);
  maskSecrets(settings.plaintextSecrets);
  const logger = new Logger('Auth');
  if (settings.warning) logger.warn(`${settings.warning}. Configure API_KEYS before exposing this service (README "Security model").`);
  else logger.log(`API keys required: ${settings.registry.keys.map((k) => `${k.name} (${[...k.scopes].join('+')})`).join(', ')}`);
  return settings;
}

/**
 * API-key access control and per-key rate limits for every service; `runService` imports it.
 * Controllers declare what they need with `@RequireScope(...)` or `@Public()`.
 */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({
        throttlers: [
          {
            ttl: config.get<number>('RATE_LIMIT_WINDOW_MS') ?? 60_000,
            limit: (context) => context.switchToHttp().getRequest<AuthenticatedRequest>().caller?.rateLimit ?? 0,
          },
        ],
      }),
    }),
  ],
  providers: [
    { provide: AUTH_SETTINGS, inject: [ConfigService], useFactory: settingsFrom },
    RateLimitGuard,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
})
export class AuthModule {}
