/** Socket-level failures (Node's system error codes): the peer is down or the network is. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
/** PostgreSQL SQLSTATEs of a server going away: admin_shutdown, cannot_connect_now, and class 08 (connection exception). */
const POSTGRES_CODES = new Set(['57P01', '57P02', '57P03']);
/** SQLite's "another writer holds the file": transient like an outage, not a fault of the data. */
const SQLITE_CODES = new Set(['SQLITE_BUSY', 'SQLITE_LOCKED']);
/** TypeORM's errors for a data source that is not (or no longer) connected. */
const TYPEORM_NAMES = new Set([
  'CannotExecuteNotConnectedError',
  'CannotGetEntityManagerNotConnectedError',
  'ConnectionIsNotSetError',
  'ConnectionNotFoundError',
  'NoConnectionForRepositoryError',
]);
/** node-postgres reports a dropped or unobtainable connection without a code: these messages are its only mark. */
const PG_MESSAGES = [/^Connection terminated/, /^timeout exceeded when trying to connect/];

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  driverError?: unknown;
}

/**
 * True when an error says the store (or the network to it) is unreachable, so the operation may
 * succeed unchanged later; false for everything else — a constraint violation, a syntax error, a
 * bug — which retrying cannot fix. Looks through TypeORM's `driverError` and `cause` chains.
 */
export function isConnectionError(error: unknown): boolean {
  for (let e = error as ErrorLike | undefined, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const code = typeof e.code === 'string' ? e.code : '';
    if (SOCKET_CODES.has(code) || POSTGRES_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code) || SQLITE_CODES.has(code)) return true;
    if (typeof e.name === 'string' && TYPEORM_NAMES.has(e.name)) return true;
    if (typeof e.message === 'string' && PG_MESSAGES.some((pattern) => pattern.test(e!.message as string))) return true;
    e = (e.driverError ?? e.cause) as ErrorLike | undefined;
  }
  return false;
}
