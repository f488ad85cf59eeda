import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiSecurity, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Scope } from './scopes.js';

export const REQUIRED_SCOPE = 'demarche:required-scope';
export const PUBLIC_ROUTE = 'demarche:public-route';

/** OpenAPI security scheme names, declared by runService's document builder. */
export const BEARER_SCHEME = 'bearer';
export const API_KEY_SCHEME = 'api-key';

/**
 * The scope an API key needs for these routes (on a controller, or a method to override it).
 * A route that declares nothing needs `admin`, so a forgotten decorator fails closed.
 */
export const RequireScope = (scope: Scope) =>
  applyDecorators(
    SetMetadata(REQUIRED_SCOPE, scope),
    ApiBearerAuth(BEARER_SCHEME),
    ApiSecurity(API_KEY_SCHEME),
    ApiUnauthorizedResponse({ description: 'No API key, or an unknown one (AUTH.MISSING_KEY, AUTH.UNKNOWN_KEY).' }),
    ApiForbiddenResponse({ description: `The API key lacks the \`${scope}\` scope (AUTH.MISSING_SCOPE).` }),
    ApiTooManyRequestsResponse({ description: 'Rate limit of the key reached (AUTH.RATE_LIMITED); see Retry-After.' }),
  );

/** Served without a key and without a rate limit: health, metrics, the analyst page's assets. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);
