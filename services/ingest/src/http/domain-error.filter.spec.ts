import { describe, expect, it } from 'vitest';
import type { ArgumentsHost } from '@nestjs/common';
import { DependencyUnavailableError } from '@demarche/kafka';
import { InvalidRequestError, UnknownReleaseError, UnprocessableReleaseError } from '../releases/release.errors.js';
import { DomainErrorFilter } from './domain-error.filter.js';
import { outcomeOfError } from './outcome-of-error.js';

function answer(error: Error) {
  const sent: { status?: number; body?: unknown; headers: Record<string, string> } = { headers: {} };
  const res = {
    setHeader: (name: string, value: string) => void (sent.headers[name] = value),
    status(code: number) {
      sent.status = code;
      return this;
    },
    json: (body: unknown) => void (sent.body = body),
  };
  new DomainErrorFilter().catch(error as UnknownReleaseError, { switchToHttp: () => ({ getResponse: () => res }) } as unknown as ArgumentsHost);
  return sent;
}

describe('domain errors over HTTP', () => {
  it.each([
    [new UnprocessableReleaseError('INGEST.BINARY', 'the body is binary data'), 422],
    [new UnknownReleaseError('INGEST.UNKNOWN_RELEASE', 'no release rel_1'), 404],
    [new InvalidRequestError('INGEST.REPLAY_UNBOUNDED', 'give since, source or id, or all: true'), 400],
  ])('answers %s with %i and its code', (error, status) => {
    expect(answer(error)).toEqual({ status, headers: {}, body: { statusCode: status, code: error.code, message: error.message } });
    expect(outcomeOfError(error)).toEqual({ httpStatus: status, code: error.code, message: error.message });
  });

  it('answers an outage with 503 and Retry-After', () => {
    const sent = answer(new DependencyUnavailableError('kafka', 'broker down'));
    expect(sent.status).toBe(503);
    expect(sent.headers['retry-after']).toBe('5');
    expect(sent.body).toMatchObject({ code: 'INGEST.DEPENDENCY_UNAVAILABLE', message: 'kafka unavailable: broker down' });
  });
});
