import { type ArgumentsHost, Catch, type ExceptionFilter, HttpStatus } from '@nestjs/common';
import { DependencyUnavailableError } from '@demarche/kafka';
import type { Response } from 'express';

/** A broker or database outage is the caller's cue to retry, not a server bug: 503 with Retry-After. */
@Catch(DependencyUnavailableError)
export class DependencyUnavailableFilter implements ExceptionFilter {
  catch(error: DependencyUnavailableError, host: ArgumentsHost) {
    const res = host.switchToHttp().getResponse<Response>();
    res.setHeader('retry-after', '5');
    res.status(HttpStatus.SERVICE_UNAVAILABLE).json({
      statusCode: HttpStatus.SERVICE_UNAVAILABLE,
      code: 'INGEST.DEPENDENCY_UNAVAILABLE',
      message: error.message,
    });
  }
}
