import type { Request } from 'express';
import type { Scope } from './scopes.js';

/** Who a request acts as, set by the AccessGuard for the rate limiter and handlers. */
export interface Caller {
  /** The API key's name, or undefined for anonymous requests (auth off, or a public scope). */
  keyName?: string;
  scope: Scope;
  rateLimit: number;
}

export type AuthenticatedRequest = Request & { caller?: Caller };
