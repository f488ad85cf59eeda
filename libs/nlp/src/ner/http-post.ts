import { RecogniserUnavailableError } from './ner.types.js';

/**
 * POSTs to a recogniser and returns its JSON. Any failure to get an answer — refused, reset,
 * timed out, 5xx — is a RecogniserUnavailableError; a 4xx is a bug of ours and thrown as is.
 */
export async function postJson(url: string, body: string, contentType: string, timeoutMs: number, signal?: AbortSignal): Promise<unknown> {
  const timeout = AbortSignal.timeout(timeoutMs);
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': contentType },
      body,
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
  } catch (err) {
    throw new RecogniserUnavailableError(`recogniser at ${new URL(url).origin} did not answer: ${(err as Error).message}`, { cause: err });
  }
  if (res.status >= 500) {
    const text = await res.text().catch(() => '');
    throw new RecogniserUnavailableError(`recogniser at ${new URL(url).origin} answered ${res.status}: ${text.slice(0, 200)}`);
  }
  if (!res.ok) throw new Error(`recogniser at ${new URL(url).origin} refused the request (${res.status}): ${(await res.text()).slice(0, 200)}`);
  try {
    return await res.json();
  } catch (err) {
    throw new RecogniserUnavailableError(`recogniser at ${new URL(url).origin} sent a broken answer`, { cause: err });
  }
}
