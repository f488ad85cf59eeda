import type { CallHandler, ExecutionContext, NestInterceptor } from '@nestjs/common';
import type { Response } from 'express';
import { Observable } from 'rxjs';
import { spanOf } from './http-observability.middleware.js';

/**
 * Body parsers resume requests from socket callbacks, which drops the async context the
 * middleware set; the handler re-enters the request's span here, so events it publishes and
 * lines it logs carry the request's trace.
 */
export class TraceScopeInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const span = context.getType() === 'http' ? spanOf(context.switchToHttp().getResponse<Response>()) : undefined;
    if (!span) return next.handle();
    return new Observable((subscriber) => span.run(() => next.handle().subscribe(subscriber)));
  }
}
