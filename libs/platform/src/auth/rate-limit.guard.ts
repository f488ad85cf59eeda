import { type ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import type { AuthenticatedRequest, Caller } from './authenticated-request.js';
import { rateLimited } from './auth-errors.js';

const callerOf = (context: ExecutionContext): Caller | undefined =>
  context.switchToHttp().getRequest<AuthenticatedRequest>().caller;

/**
 * @nestjs/throttler counting per API key (or per client address without one) and per scope,
 * answering with the IETF `RateLimit-*` headers and `Retry-After`. The AccessGuard calls it
 * once it knows the caller, so the limit is the key's own.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override headerPrefix = 'RateLimit';

  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const caller = callerOf(context);
    return !caller || caller.rateLimit === 0;
  }

  protected override async getTracker(req: Record<string, unknown>): Promise<string> {
    const caller = (req as unknown as AuthenticatedRequest).caller;
    return caller?.keyName ? `key:${caller.keyName}` : `ip:${await super.getTracker(req)}`;
  }

  protected override generateKey(context: ExecutionContext, tracker: string, name: string): string {
    return `${name}|${tracker}|${callerOf(context)?.scope ?? 'admin'}`;
  }

  protected override async throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const caller = callerOf(context);
    const res = context.switchToHttp().getResponse<{ setHeader(name: string, value: string | number): void }>();
    res.setHeader('RateLimit-Limit', detail.limit);
    res.setHeader('RateLimit-Remaining', 0);
    res.setHeader('RateLimit-Reset', detail.timeToBlockExpire);
    const who = caller?.keyName ? `API key ${caller.keyName}` : 'this address';
    throw rateLimited(who, caller?.scope ?? 'admin', detail.limit, Math.round(detail.ttl / 1000), detail.timeToBlockExpire);
  }
}
