import { RecogniserUnavailableError } from './ner.types.js';

/**
 * POSTs to a recogniser and returns its answer's text. Any failure to get an answer — refused,
 * reset, timed out, 5xx — is a RecogniserUnavailableError; a 4xx is a bug of ours and thrown as is.
 */
export async function postText(url: string, body: string, contentType: string, timeoutMs: number, signal?: AbortSignal): Promise<string> {
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
    return await res.text();
  } catch (err) {
    throw new RecogniserUnavailableError(`recogniser at ${new URL(url).origin} broke off its answer`, { cause: err });
  }
}

/** postText, for a recogniser that answers JSON. */
export async function postJson(url: string, body: string, contentType: string, timeoutMs: number, signal?: AbortSignal): Promise<unknown> {
  const text = await postText(url, body, contentType, timeoutMs, signal);
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new RecogniserUnavailableError(`recogniser at ${new URL(url).origin} sent a broken answer`, { cause: err });
  }
}
