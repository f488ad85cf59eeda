import { HttpException, HttpStatus } from '@nestjs/common';
import type { Scope } from './scopes.js';

const HOW = 'send it as Authorization: Bearer <key> or X-API-Key: <key>';

/** Errors in the services' usual JSON shape: statusCode, error, code, message. */
export const missingKey = (scope: Scope) =>
  new HttpException(
    { statusCode: 401, error: 'Unauthorized', code: 'AUTH.MISSING_KEY', requiredScope: scope, message: `an API key with the ${scope} scope is required: ${HOW}` },
    HttpStatus.UNAUTHORIZED,
  );

export const unknownKey = (scope: Scope) =>
  new HttpException(
    { statusCode: 401, error: 'Unauthorized', code: 'AUTH.UNKNOWN_KEY', requiredScope: scope, message: 'the API key is not valid (unknown, revoked or mistyped)' },
    HttpStatus.UNAUTHORIZED,
  );

export const missingScope = (keyName: string, scope: Scope) =>
  new HttpException(
    { statusCode: 403, error: 'Forbidden', code: 'AUTH.MISSING_SCOPE', requiredScope: scope, message: `API key ${keyName} lacks the ${scope} scope this endpoint needs` },
    HttpStatus.FORBIDDEN,
  );

export const rateLimited = (who: string, scope: Scope, limit: number, windowSeconds: number, retryAfterSeconds: number) =>
  new HttpException(
    {
      statusCode: 429,
      error: 'Too Many Requests',
      code: 'AUTH.RATE_LIMITED',
      message: `${who} made more than ${limit} ${scope} requests in ${windowSeconds} s: retry after ${retryAfterSeconds} s`,
    },
    HttpStatus.TOO_MANY_REQUESTS,
  );
