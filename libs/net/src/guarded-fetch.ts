import { lookup as dnsLookup, promises as dnsPromises, type LookupAddress } from 'node:dns';
import http, { type IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate, type Gunzip } from 'node:zlib';
import { isPublicAddress } from './address-policy.js';
import { FetchError } from './fetch.error.js';

export interface FetchOptions {
  headers?: Record<string, string>;
  /** GET unless given; a body is sent only with another method (a webhook POST). */
  method?: string;
  body?: string | Buffer;
  /** Loopback and private addresses allowed (an allow-listed source, e.g. a test server). */
  allowPrivateNetwork?: boolean;
  maxBytes: number;
  timeoutMs: number;
  maxRedirects: number;
}

const DECODERS: Record<string, (() => Gunzip | ReturnType<typeof createInflate> | ReturnType<typeof createBrotliDecompress>) | undefined> = {
  gzip: createGunzip,
  'x-gzip': createGunzip,
  deflate: createInflate,
  br: createBrotliDecompress,
};

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
export const guardedLookup =
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

/** One request through the SSRF guard, redirects not followed (a webhook answers itself or fails). */
export function guardedRequest(url: string, options: FetchOptions): Promise<FetchResult> {
  return getOnce(url, options);
}

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

/**
 * The checks that need no network: http(s) only, no credentials, no literal non-public IP (the
 * WHATWG parser has already turned decimal, octal and hex forms such as http://2130706433/ into
 * dotted quads). Throws the FetchError naming the problem; returns the parsed URL.
 */
export function checkUrlSyntax(target: string, allowPrivateNetwork = false): URL {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    throw new FetchError('FETCH.BAD_URL', `not a URL: ${target}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError('FETCH.SCHEME', `only http and https may be fetched, not ${url.protocol}`);
  }
  if (url.username || url.password) throw new FetchError('FETCH.BAD_URL', 'URLs with credentials are not fetched');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // A literal IP never goes through DNS: check it here.
  if (!allowPrivateNetwork && /^[\d.]+$|:/.test(host) && !isPublicAddress(host)) {
    throw new FetchError('FETCH.BLOCKED_ADDRESS', `${host} is not a public address`);
  }
  return url;
}

/**
 * Checks a URL before it is stored (a webhook target): the syntax checks, then the addresses its
 * host resolves to now. The connect-time check still runs on every request, because DNS can change.
 * A name that does not resolve (yet) is accepted: only a non-public answer is refused.
 */
export async function checkUrlTarget(target: string, allowPrivateNetwork = false): Promise<void> {
  const url = checkUrlSyntax(target, allowPrivateNetwork);
  if (allowPrivateNetwork) return;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (/^[\d.]+$|:/.test(host)) return;
  const addresses = await dnsPromises.lookup(host, { all: true }).catch(() => [] as LookupAddress[]);
  const blocked = addresses.filter((a) => !isPublicAddress(a.address));
  if (blocked.length > 0) {
    throw new FetchError('FETCH.BLOCKED_ADDRESS', `${host} resolves to a non-public address (${blocked.map((a) => a.address).join(', ')})`);
  }
}

function getOnce(target: string, options: FetchOptions): Promise<FetchResult> {
  let url: URL;
  try {
    url = checkUrlSyntax(target, options.allowPrivateNetwork);
  } catch (error) {
    return Promise.reject(error);
  }
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      url,
      {
        method: options.method ?? 'GET',
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
        // We ask for identity; a server compressing anyway is decoded with the same cap on the
        // decoded size, so a gzip bomb stops at maxBytes.
        const encoding = String(response.headers['content-encoding'] ?? 'identity').trim().toLowerCase() || 'identity';
        const decoder = DECODERS[encoding]?.();
        if (!decoder && encoding !== 'identity') {
          response.destroy();
          return reject(new FetchError('FETCH.ENCODING', `${target} is sent with Content-Encoding ${encoding}, which is not decoded`));
        }
        const body = decoder ? response.pipe(decoder) : response;
        body.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > options.maxBytes) {
            response.destroy();
            decoder?.destroy();
            reject(new FetchError('FETCH.TOO_LARGE', `${target} is larger than ${options.maxBytes} bytes${decoder ? ' once decompressed' : ''}`));
            return;
          }
          chunks.push(chunk);
        });
        body.on('end', () =>
          resolve({ status: response.statusCode ?? 0, url: target, headers: response.headers, body: Buffer.concat(chunks) }),
        );
        decoder?.on('error', (error) => reject(new FetchError('FETCH.ENCODING', `${target}: the ${encoding} body cannot be decoded (${error.message})`)));
        response.on('error', (error) => reject(new FetchError('FETCH.NETWORK', error.message)));
      },
    );
    // The whole exchange has a deadline, not only each idle gap.
    const deadline = setTimeout(() => request.destroy(new FetchError('FETCH.TIMEOUT', `${target} took longer than ${options.timeoutMs} ms`)), options.timeoutMs);
    request.on('timeout', () => request.destroy(new FetchError('FETCH.TIMEOUT', `${target} timed out after ${options.timeoutMs} ms`)));
    request.on('error', (error) => reject(error instanceof FetchError ? error : new FetchError(/ENOTFOUND|EAI_AGAIN/.test(error.message) ? 'FETCH.DNS' : 'FETCH.NETWORK', error.message)));
    request.on('close', () => clearTimeout(deadline));
    request.end(options.body);
  });
}
