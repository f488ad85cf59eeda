import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Response } from 'express';
import { presentedKey } from './api-keys.js';
import { PUBLIC_ROUTE, REQUIRED_SCOPE } from './auth.decorators.js';
import { missingKey, missingScope, unknownKey } from './auth-errors.js';
import type { AuthSettings } from './auth-settings.js';
import type { AuthenticatedRequest } from './authenticated-request.js';
import { RateLimitGuard } from './rate-limit.guard.js';
import { grants, type Scope } from './scopes.js';

export const AUTH_SETTINGS = Symbol('AUTH_SETTINGS');

/**
 * The global guard of every service's HTTP API: finds the route's scope (`admin` when it
 * declares none), checks the presented API key for it, then applies the caller's rate limit.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: RateLimitGuard,
    @Inject(AUTH_SETTINGS) private readonly settings: AuthSettings,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    // Kafka handlers of the hybrid application pass through the same global guards.
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const scope = this.reflector.getAllAndOverride<Scope>(REQUIRED_SCOPE, targets) ?? 'admin';
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    req.caller = this.authenticate(req, context.switchToHttp().getResponse<Response>(), scope);
    return this.limiter.canActivate(context);
  }

  private authenticate(req: AuthenticatedRequest, res: Response, scope: Scope): AuthenticatedRequest['caller'] {
    if (!this.settings.enabled) return { scope, rateLimit: this.settings.openLimit };
    const anonymous = { scope, rateLimit: this.settings.anonymousLimit };
    const presented = presentedKey(req.headers);
    if (presented === undefined) {
      if (this.settings.publicScopes.has(scope)) return anonymous;
      res.setHeader('WWW-Authenticate', `Bearer realm="demarche", scope="${scope}"`);
      throw missingKey(scope);
    }
    const key = this.settings.registry.identify(presented);
    if (!key) {
      res.setHeader('WWW-Authenticate', `Bearer realm="demarche", scope="${scope}", error="invalid_token"`);
      throw unknownKey(scope);
    }
    // A public scope needs no grant; the key still names who is counted against the limit.
    if (!grants(key.scopes, scope) && !this.settings.publicScopes.has(scope)) throw missingScope(key.name, scope);
    return { keyName: key.name, scope, rateLimit: key.rateLimit ?? this.settings.perKeyLimit };
  }
}
