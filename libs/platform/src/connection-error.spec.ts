import { describe, expect, it } from 'vitest';
import { CannotExecuteNotConnectedError, QueryFailedError } from 'typeorm';
import { isConnectionError } from './connection-error.js';

const withCode = (code: string, message = 'failed') => Object.assign(new Error(message), { code });
/** TypeORM copies the driver error's fields (code among them) onto QueryFailedError and keeps it as driverError. */
const queryFailed = (driverError: Error) => new QueryFailedError('INSERT INTO feed_item ...', [], driverError);

describe('isConnectionError', () => {
  it.each(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE'])('counts the socket error %s', (code) => {
    expect(isConnectionError(withCode(code, `connect ${code} 127.0.0.1:5432`))).toBe(true);
  });

  it.each(['57P01', '57P03', '08006', '08001', 'SQLITE_BUSY'])('counts the store code %s, also inside a QueryFailedError', (code) => {
    expect(isConnectionError(queryFailed(withCode(code)))).toBe(true);
  });

  it("counts TypeORM's not-connected error and node-postgres's code-less dropped connection", () => {
    expect(isConnectionError(new CannotExecuteNotConnectedError('default'))).toBe(true);
    expect(isConnectionError(new Error('Connection terminated unexpectedly'))).toBe(true);
  });

  it('follows a cause chain', () => {
    expect(isConnectionError(new Error('record failed', { cause: withCode('ECONNRESET') }))).toBe(true);
  });

  it('does not count a constraint violation, a syntax error or a code bug', () => {
    expect(isConnectionError(queryFailed(withCode('23505', 'duplicate key value violates unique constraint')))).toBe(false);
    expect(isConnectionError(queryFailed(withCode('SQLITE_CONSTRAINT_UNIQUE')))).toBe(false);
    expect(isConnectionError(queryFailed(withCode('42601', 'syntax error at or near "FROM"')))).toBe(false);
    expect(isConnectionError(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(false);
    expect(isConnectionError(undefined)).toBe(false);
  });
});
