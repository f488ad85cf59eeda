import { HttpException, HttpStatus } from '@nestjs/common';
import { isDependencyUnavailable } from '@demarche/kafka';
import { DomainError } from '../releases/release.errors.js';
import { DEPENDENCY_UNAVAILABLE_CODE, httpStatusOf } from './domain-error.filter.js';

export interface ErrorOutcome {
  httpStatus: number;
  code: string;
  message: string | string[];
}

const CODES: Record<number, string> = {
  [HttpStatus.BAD_REQUEST]: 'INGEST.INVALID',
  [HttpStatus.PAYLOAD_TOO_LARGE]: 'INGEST.TOO_LARGE',
  [HttpStatus.UNSUPPORTED_MEDIA_TYPE]: 'INGEST.MEDIA_TYPE',
  [HttpStatus.UNPROCESSABLE_ENTITY]: 'EXTRACT.FAILED',
};

/** The machine-readable form of a failure, as a batch result line or a JSON error body carries it. */
export function outcomeOfError(error: unknown): ErrorOutcome {
  if (isDependencyUnavailable(error)) return { httpStatus: httpStatusOf(error), code: DEPENDENCY_UNAVAILABLE_CODE, message: error.message };
  if (error instanceof DomainError) return { httpStatus: httpStatusOf(error), code: error.code, message: error.message };
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const body = error.getResponse();
    const detail = typeof body === 'object' && body !== null ? (body as { code?: string; message?: string | string[] }) : {};
    return {
      httpStatus: status,
      code: detail.code ?? CODES[status] ?? `HTTP.${status}`,
      message: detail.message ?? error.message,
    };
  }
  return { httpStatus: HttpStatus.INTERNAL_SERVER_ERROR, code: 'INGEST.INTERNAL', message: (error as Error)?.message ?? String(error) };
}
