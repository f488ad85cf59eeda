// Pushing one release file to the ingest API, in the request its kind calls for, and counting
// each release's answer.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { Readable } from 'node:stream';
import { withApiKey } from '../../lib/api-key.mjs';
import { FILE_KINDS } from '../release-files.mjs';

export async function importFile(file, options, tally) {
  if (typeof file === 'object') return tally.reject(file.rejected, file.code, file.message);
  const kind = FILE_KINDS[extname(file).toLowerCase()];
  if (!kind) return tally.reject(file, 'IMPORT.FILE_TYPE', `unsupported file type ${extname(file) || '(none)'}`);
  const { size } = await stat(file);
  if (size === 0) return tally.reject(file, 'IMPORT.EMPTY', 'the file is empty');
  // An NDJSON file streams line by line; anything else is one request, refused before it is read.
  if (kind !== 'ndjson' && size > options.maxBytes) {
    return tally.reject(file, 'IMPORT.TOO_LARGE', `${size} bytes, more than --max-bytes ${options.maxBytes}`);
  }
  const query = new URLSearchParams({ source: options.source });
  if (kind === 'text' || kind === 'html') {
    for (const key of ['timezone', 'language']) if (options[key]) query.set(key, options[key]);
    const res = await post(`${options.ingest}/releases?${query}`, kind === 'text' ? 'text/plain' : 'text/html', await readFile(file));
    const body = await res.json().catch(() => ({}));
    return res.ok ? tally.result(file, body) : tally.reject(file, errorCode(res.status, body), message(body));
  }
  if (kind === 'ndjson') return batch(file, options, createReadStream(file), tally);
  if (kind === 'json') {
    let value;
    try {
      value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(await readFile(file)));
    } catch (error) {
      return tally.reject(file, error instanceof TypeError ? 'IMPORT.INVALID_UTF8' : 'IMPORT.NOT_JSON', error instanceof TypeError ? 'a .json file must be UTF-8' : error.message);
    }
    const records = (Array.isArray(value) ? value : [value]).map((r) => withDefaults(r, options));
    return batch(file, options, Readable.from(records.map((r) => `${JSON.stringify(r)}\n`)), tally);
  }
  // A feed file: one release per item, with the item's HTML (no page is fetched on import).
  const { decodeBytes, parseFeedItems } = await import('@demarche/text');
  let feed;
  try {
    feed = parseFeedItems(decodeBytes(await readFile(file), { sniffMarkup: true }).text);
  } catch (error) {
    return tally.reject(file, error.code ?? 'IMPORT.BAD_FEED', error.message);
  }
  const records = feed.items.map((item) =>
    withDefaults(
      {
        url: /^https?:\/\//.test(item.url ?? '') ? item.url : undefined,
        title: item.title,
        // The item's <title> travels as the release's stated title, not as a heading in its markup.
        html: item.html || undefined,
        body: item.html ? undefined : item.title,
        publishedAt: isoDate(item.publishedAt),
      },
      options,
    ),
  );
  return batch(file, options, Readable.from(records.map((r) => `${JSON.stringify(r)}\n`)), tally);
}

async function batch(file, options, stream, tally) {
  const res = await post(`${options.ingest}/releases/batch?${new URLSearchParams({ source: options.source })}`, 'application/x-ndjson', stream);
  if (!res.ok) {
    const body = await res.json().catch(() => ({}));
    return tally.reject(file, errorCode(res.status, body), message(body));
  }
  let rest = '';
  for await (const chunk of res.body) {
    rest += Buffer.from(chunk).toString('utf8');
    const lines = rest.split('\n');
    rest = lines.pop();
    for (const line of lines.filter(Boolean)) {
      const result = JSON.parse(line);
      if (result.status === 'rejected') tally.reject(`${file}:${result.line}`, result.error.code, message(result.error));
      else tally.result(`${file}:${result.line}`, result);
    }
  }
}

function post(url, contentType, body) {
  return fetch(url, { method: 'POST', headers: withApiKey({ 'content-type': contentType }), body, duplex: 'half' }).catch((error) => {
    throw Object.assign(new Error(`cannot reach ingest: ${error.cause?.message ?? error.message}`), { code: 'IMPORT.UNREACHABLE' });
  });
}

function withDefaults(record, options) {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return record;
  const out = { source: options.source, ...record };
  if (options.timezone && out.timezone === undefined) out.timezone = options.timezone;
  if (options.language && out.language === undefined) out.language = options.language;
  for (const key of Object.keys(out)) if (out[key] === undefined) delete out[key];
  return out;
}

const errorCode = (status, body) => body.code ?? (status === 413 ? 'IMPORT.TOO_LARGE' : `HTTP.${status}`);
const message = (body) => (Array.isArray(body.message) ? body.message.join('; ') : String(body.message ?? body.error ?? 'rejected'));

function isoDate(value) {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
