import { errors } from '@elastic/elasticsearch';
import { describe, expect, it } from 'vitest';
import { isElasticUnavailable } from '@demarche/elastic';

const responseError = (statusCode: number) =>
  new errors.ResponseError({
    body: { error: { type: 'some_exception', reason: 'because' }, status: statusCode },
    statusCode,
    headers: {},
    warnings: null,
    meta: {} as never,
  });

describe('isElasticUnavailable', () => {
  it.each([
    ['ConnectionError', new errors.ConnectionError('connect ECONNREFUSED 127.0.0.1:9200')],
    ['TimeoutError', new errors.TimeoutError('Request timed out')],
    ['NoLivingConnectionsError', new errors.NoLivingConnectionsError('no living connections', {} as never)],
  ])('is true for a %s', (_, error) => {
    expect(isElasticUnavailable(error)).toBe(true);
  });

  it.each([429, 500, 502, 503])('is true for HTTP %i: the cluster is busy or down', (status) => {
    expect(isElasticUnavailable(responseError(status))).toBe(true);
  });

  it.each([400, 404, 409])('is false for HTTP %i: the request itself is wrong', (status) => {
    expect(isElasticUnavailable(responseError(status))).toBe(false);
  });

  it.each([new Error('boom'), new TypeError('x is undefined'), undefined, null, 'text'])('is false for %o', (error) => {
    expect(isElasticUnavailable(error)).toBe(false);
  });
});
