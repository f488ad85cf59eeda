/**
 * The backend cannot translate right now (down, slow, refusing, over quota): the target
 * stays `pending` and is retried later. Never a reason to fake or drop a translation.
 */
export class BackendUnavailableError extends Error {
  override name = 'BackendUnavailableError';
}

/** The backend answered 429 (or DeepL's 456 quota): back off, at least `retryAfterMs` when it said so. */
export class BackendRateLimitedError extends BackendUnavailableError {
  override name = 'BackendRateLimitedError';

  constructor(
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

/** Reads a Retry-After header: delay in seconds or an HTTP date. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
