import { Logger, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { AccessGuard, AUTH_SETTINGS } from './access.guard.js';
import type { AuthenticatedRequest } from './authenticated-request.js';
import { AuthConfig, type AuthSettings, resolveAuthSettings } from './auth-settings.js';
import { RateLimitGuard } from './rate-limit.guard.js';
import { maskSecrets } from './redaction.js';

function settingsFrom(env: AuthConfig): AuthSettings {
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
      inject: [AuthConfig],
      useFactory: (config: AuthConfig) => ({
        throttlers: [
          {
            ttl: config.RATE_LIMIT_WINDOW_MS,
            limit: (context) => context.switchToHttp().getRequest<AuthenticatedRequest>().caller?.rateLimit ?? 0,
          },
        ],
      }),
    }),
  ],
  providers: [
    { provide: AUTH_SETTINGS, inject: [AuthConfig], useFactory: settingsFrom },
    RateLimitGuard,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
})
export class AuthModule {}
