import { type ArgumentsHost, Catch, type ExceptionFilter, HttpStatus } from '@nestjs/common';
import { DependencyUnavailableError } from '@demarche/kafka';
import type { Response } from 'express';
import { DomainError, InvalidRequestError, UnknownReleaseError, UnprocessableReleaseError } from '../releases/release.errors.js';

/** The HTTP status of each kind of domain failure: the one place the domain meets HTTP. */
export function httpStatusOf(error: DomainError | DependencyUnavailableError): number {
  if (error instanceof DependencyUnavailableError) return HttpStatus.SERVICE_UNAVAILABLE;
  if (error instanceof UnprocessableReleaseError) return HttpStatus.UNPROCESSABLE_ENTITY;
  if (error instanceof UnknownReleaseError) return HttpStatus.NOT_FOUND;
  if (error instanceof InvalidRequestError) return HttpStatus.BAD_REQUEST;
  return HttpStatus.INTERNAL_SERVER_ERROR;
}

export const DEPENDENCY_UNAVAILABLE_CODE = 'INGEST.DEPENDENCY_UNAVAILABLE';

/**
 * Answers a domain failure with its status and `{ statusCode, code, message }`. A broker or
 * database outage is the caller's cue to retry, not a server bug: 503 with Retry-After.
 */
@Catch(DomainError, DependencyUnavailableError)
export class DomainErrorFilter implements ExceptionFilter {
  catch(error: DomainError | DependencyUnavailableError, host: ArgumentsHost) {
    const res = host.switchToHttp().getResponse<Response>();
    const statusCode = httpStatusOf(error);
    if (error instanceof DependencyUnavailableError) res.setHeader('retry-after', '5');
    const code = error instanceof DomainError ? error.code : DEPENDENCY_UNAVAILABLE_CODE;
    res.status(statusCode).json({ statusCode, code, message: error.message });
  }
}
