import { BackendRateLimitedError, BackendUnavailableError, retryAfterMs } from './backend-errors.js';

/**
 * One HTTP exchange with a translation API, every failure turned into a
 * BackendUnavailableError (429 → BackendRateLimitedError) naming the backend and status.
 */
export async function requestJson<T>(backend: string, url: URL, init: RequestInit, timeoutMs: number): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    throw new BackendUnavailableError(`${backend}: ${(error as Error).message}`);
  }
  const text = await res.text().catch(() => '');
  if (res.status === 429) {
    throw new BackendRateLimitedError(`${backend} answered 429 (rate limited)${detail(text)}`, retryAfterMs(res.headers.get('retry-after')));
  }
  if (!res.ok) throw new BackendUnavailableError(`${backend} answered ${res.status}${detail(text)}`);
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new BackendUnavailableError(`${backend} sent an unreadable answer: ${(error as Error).message}`);
  }
}

/** The error message the API put in its body, if any, so logs say why. */
function detail(body: string): string {
  try {
    const parsed = JSON.parse(body) as { error?: string | { message?: string }; message?: string };
    const message = typeof parsed.error === 'string' ? parsed.error : (parsed.error?.message ?? parsed.message);
    return message ? `: ${String(message).slice(0, 300)}` : '';
  } catch {
    return body ? `: ${body.slice(0, 300)}` : '';
  }
}

/** Joins a path to a base URL keeping the base's own path (http://host/api/ + v2/translate). */
export const endpoint = (baseUrl: string, path: string) => new URL(path, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);

/** Every ordered pair of distinct languages among `languages`. */
export function allPairs(sources: Iterable<string>, targets: Iterable<string>, key: (from: string, to: string) => string): Set<string> {
  const pairs = new Set<string>();
  const to = [...targets];
  for (const from of sources) for (const target of to) if (from !== target) pairs.add(key(from, target));
  return pairs;
}
