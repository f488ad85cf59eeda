import { createReadStream } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { commandArgs } from './command-args.mjs';
import { withApiKey } from '../lib/api-key.mjs';

export const description = 'ingest release files: .txt .html .json .ndjson and feed .xml (paths, globs or directories)';

const USAGE = `usage: demarche import <path|glob|dir>… [--source <slug>] [--timezone <IANA>] [--language <iso>] [--ingest <url>] [--concurrency <n>] [--max-bytes <n>]

Pushes each file to the ingest API: .txt as scraped text, .html/.htm as a page, .json as one
release object or an array of them, .ndjson/.jsonl as a batch, .xml as an RSS/Atom/RDF feed
(one release per item). Directories are walked recursively; globs like 'dumps/**/*.html' work.
Empty, unreadable, non-regular and looping (symlink) paths, and files over --max-bytes (default
5 MiB, the ingest API's default limit; .ndjson streams and has none) are rejected with a reason.
Ends with a summary: ingested, duplicates, rejected with reasons. Exit code 1 when anything was rejected.
--ingest defaults to $DEMARCHE_INGEST_URL or http://127.0.0.1:8081; --source to "import".`;

const KINDS = { '.txt': 'text', '.html': 'html', '.htm': 'html', '.xhtml': 'html', '.json': 'json', '.ndjson': 'ndjson', '.jsonl': 'ndjson', '.xml': 'feed', '.rss': 'feed', '.atom': 'feed' };

export async function run(args) {
  const parsed = commandArgs('import', USAGE, args, {
    source: { type: 'string', default: 'import' },
    timezone: { type: 'string' },
    language: { type: 'string' },
    ingest: { type: 'string' },
    concurrency: { type: 'string', default: '4' },
    'max-bytes': { type: 'string', default: String(5 * 1024 * 1024) },
  });
  if ('exit' in parsed) return parsed.exit;
  const { values, positionals } = parsed;
  const ingest = (values.ingest ?? process.env.DEMARCHE_INGEST_URL ?? 'http://127.0.0.1:8081').replace(/\/$/, '');
  const options = { ...values, ingest, maxBytes: Number(values['max-bytes']) || 5 * 1024 * 1024 };
  const files = [];
  for (const arg of positionals) files.push(...(await expand(arg)));
  const tally = new Tally(files.length);
  if (files.length === 0) {
    console.error('demarche import: no files matched');
    return 2;
  }

  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++];
      try {
        await importFile(file, options, tally);
      } catch (error) {
        const known = /^[A-Z]+\./.test(error.code ?? '');
        const reason = known || !error.code ? undefined : unusable(file, error);
        tally.reject(file, known ? error.code : (reason?.code ?? 'IMPORT.FAILED'), reason?.message ?? error.cause?.message ?? error.message);
      }
      tally.fileDone();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Number(values.concurrency) || 4) }, worker));
  tally.finish();
  return tally.rejected > 0 ? 1 : 0;
}

/** A path, a directory (walked) or a glob, to the list of files with a known extension. */
async function expand(arg) {
  if (/[*?[{]/.test(arg)) {
    const parts = resolve(arg).split('/');
    const firstGlob = parts.findIndex((part) => /[*?[{]/.test(part));
    const base = parts.slice(0, firstGlob).join('/') || '/';
    const pattern = globToRegExp(resolve(arg));
    return (await walk(base)).filter((file) => pattern.test(file));
  }
  const info = await stat(arg).catch((error) => unusable(arg, error));
  if (info.rejected) return [info];
  if (info.isDirectory()) return (await walk(resolve(arg))).filter((f) => typeof f === 'object' || KINDS[extname(f).toLowerCase()]);
  return [info.isFile() ? resolve(arg) : notAFile(resolve(arg))];
}

/** Why a path cannot be imported, as a rejection the summary lists (never a silent skip or a hang). */
function unusable(path, error) {
  const reasons = {
    ENOENT: ['IMPORT.NOT_FOUND', 'no such file or directory (or a broken link)'],
    ELOOP: ['IMPORT.SYMLINK_LOOP', 'symbolic links loop'],
    EACCES: ['IMPORT.UNREADABLE', 'permission denied'],
    EPERM: ['IMPORT.UNREADABLE', 'operation not permitted'],
  };
  const [code, message] = reasons[error.code] ?? ['IMPORT.UNREADABLE', error.message];
  return { rejected: path, code, message };
}

// A FIFO, socket or device named like a release file would block or stream forever.
const notAFile = (path) => ({ rejected: path, code: 'IMPORT.NOT_A_FILE', message: 'not a regular file' });

/** `**` any directories, `*` and `?` within one name, `{a,b}` alternatives, `[…]` classes. */
function globToRegExp(glob) {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const end = glob.indexOf('}', i);
      re += `(?:${glob.slice(i + 1, end).split(',').map((s) => s.replace(/[.+^$()|\\]/g, '\\$&')).join('|')})`;
      i = end;
    } else if (c === '[') {
      const end = glob.indexOf(']', i);
      re += glob.slice(i, end + 1);
      i = end;
    } else re += c.replace(/[.+^$()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Files under `dir`; symbolic links are followed once each (a loop is listed as rejected, not walked forever). */
async function walk(dir, seen = new Set()) {
  const real = await realpath(dir).catch(() => dir);
  if (seen.has(real)) return [];
  seen.add(real);
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    return [unusable(dir, error)];
  }
  const out = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    const info = entry.isSymbolicLink() ? await stat(path).catch((error) => unusable(path, error)) : entry;
    if (info.rejected) out.push(info);
    else if (info.isDirectory()) out.push(...(await walk(path, seen)));
    else if (info.isFile()) out.push(path);
    else if (KINDS[extname(path).toLowerCase()]) out.push(notAFile(path));
  }
  return out;
}

async function importFile(file, options, tally) {
  if (typeof file === 'object') return tally.reject(file.rejected, file.code, file.message);
  const kind = KINDS[extname(file).toLowerCase()];
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

/** Counts and a one-line progress bar on stderr (only on a terminal). */
class Tally {
  ingested = 0;
  duplicates = 0;
  rejected = 0;
  files = 0;
  reasons = new Map();
  examples = [];

  constructor(total) {
    this.total = total;
    this.tty = process.stderr.isTTY;
  }

  result(where, body) {
    if (body.status === 'duplicate') this.duplicates++;
    else this.ingested++;
    this.draw();
  }

  reject(where, code, why) {
    this.rejected++;
    this.reasons.set(code, (this.reasons.get(code) ?? 0) + 1);
    if (this.examples.length < 50) this.examples.push(`  ${where}: ${code} ${why}`);
    this.draw();
  }

  fileDone() {
    this.files++;
    this.draw();
  }

  draw() {
    if (!this.tty) return;
    const width = 30;
    const filled = Math.round((this.files / this.total) * width);
    process.stderr.write(
      `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${this.files}/${this.total} files  ingested ${this.ingested}  duplicates ${this.duplicates}  rejected ${this.rejected}\x1b[K`,
    );
  }

  finish() {
    if (this.tty) process.stderr.write('\n');
    console.log(`import: files=${this.total} ingested=${this.ingested} duplicates=${this.duplicates} rejected=${this.rejected}`);
    for (const [code, count] of [...this.reasons].sort((a, b) => b[1] - a[1])) console.log(`  ${code}: ${count}`);
    if (this.examples.length > 0) console.log(`rejected:\n${this.examples.join('\n')}`);
  }
}
