import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http, { type IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { isPublicAddress } from './address-policy.js';
import { FetchError } from './fetch.error.js';

export interface FetchOptions {
  headers?: Record<string, string>;
  /** Loopback and private addresses allowed (an allow-listed source, e.g. a test server). */
  allowPrivateNetwork?: boolean;
  maxBytes: number;
  timeoutMs: number;
  maxRedirects: number;
}

export interface FetchResult {
  status: number;
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/**
 * The address check runs inside the socket's DNS lookup, so the address connected to is the
 * address checked (no DNS-rebinding window), on the first request and on every redirect.
 */
const guardedLookup =
  (allowPrivate: boolean): LookupFunction =>
  (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const list = addresses as LookupAddress[];
      const allowed = allowPrivate ? list : list.filter((a) => isPublicAddress(a.address));
      if (allowed.length === 0) {
        return callback(new FetchError('FETCH.BLOCKED_ADDRESS', `${hostname} resolves to a non-public address (${list.map((a) => a.address).join(', ')})`), '', 0);
      }
      if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, allowed);
      callback(null, allowed[0].address, allowed[0].family);
    });
  };

/** GET with an SSRF guard, a size cap, a timeout and a redirect limit; every redirect is re-checked. */
export async function guardedFetch(url: string, options: FetchOptions): Promise<FetchResult> {
  let current = url;
  const trustedHost = options.allowPrivateNetwork ? safeHost(url) : undefined;
  for (let redirects = 0; ; redirects++) {
    // An allow-listed source is trusted for its own host only: a redirect elsewhere is checked.
    const result = await getOnce(current, { ...options, allowPrivateNetwork: trustedHost !== undefined && safeHost(current) === trustedHost });
    if (result.status >= 300 && result.status < 400 && result.status !== 304 && result.headers.location) {
      if (redirects >= options.maxRedirects) throw new FetchError('FETCH.TOO_MANY_REDIRECTS', `more than ${options.maxRedirects} redirects from ${url}`);
      current = new URL(result.headers.location, current).toString();
      continue;
    }
    return result;
  }
}

function safeHost(url: string): string | undefined {
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
}

function getOnce(target: string, options: FetchOptions): Promise<FetchResult> {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return Promise.reject(new FetchError('FETCH.BAD_URL', `not a URL: ${target}`));
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return Promise.reject(new FetchError('FETCH.SCHEME', `only http and https may be fetched, not ${url.protocol}`));
  }
  if (url.username || url.password) return Promise.reject(new FetchError('FETCH.BAD_URL', 'URLs with credentials are not fetched'));
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // A literal IP never goes through DNS: check it here.
  if (!options.allowPrivateNetwork && /^[\d.]+$|:/.test(host) && !isPublicAddress(host)) {
    return Promise.reject(new FetchError('FETCH.BLOCKED_ADDRESS', `${host} is not a public address`));
  }
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.get(
      url,
      {
        headers: { 'user-agent': 'DemarcheBot/0.1 (+press release ingest)', 'accept-encoding': 'identity', ...options.headers },
        lookup: guardedLookup(options.allowPrivateNetwork ?? false),
        timeout: options.timeoutMs,
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        const declared = Number(response.headers['content-length'] ?? 0);
        if (declared > options.maxBytes) {
          response.destroy();
          return reject(new FetchError('FETCH.TOO_LARGE', `${target} is ${declared} bytes, more than ${options.maxBytes}`));
        }
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > options.maxBytes) {
            response.destroy();
            reject(new FetchError('FETCH.TOO_LARGE', `${target} is larger than ${options.maxBytes} bytes`));
            return;
          }
          chunks.push(chunk);
        });
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, url: target, headers: response.headers, body: Buffer.concat(chunks) }),
        );
        response.on('error', (error) => reject(new FetchError('FETCH.NETWORK', error.message)));
      },
    );
    // The whole exchange has a deadline, not only each idle gap.
    const deadline = setTimeout(() => request.destroy(new FetchError('FETCH.TIMEOUT', `${target} took longer than ${options.timeoutMs} ms`)), options.timeoutMs);
    request.on('timeout', () => request.destroy(new FetchError('FETCH.TIMEOUT', `${target} timed out after ${options.timeoutMs} ms`)));
    request.on('error', (error) => reject(error instanceof FetchError ? error : new FetchError(/ENOTFOUND|EAI_AGAIN/.test(error.message) ? 'FETCH.DNS' : 'FETCH.NETWORK', error.message)));
    request.on('close', () => clearTimeout(deadline));
  });
}
