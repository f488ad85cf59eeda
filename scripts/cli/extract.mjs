import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';

export const description = 'extract a release from a file or URL and print it as JSON';

const USAGE = `usage: demarche extract <file|url> [--format text|html] [--url <canonical url>] [--timezone <IANA>] [--language <iso 639-1>]

Prints {title, publishedAt, language, canonicalUrl, paragraphs, charset} as JSON. The format
comes from the file extension or Content-Type, else from the content itself.`;

const MAX_BYTES = 10 * 1024 * 1024;

export async function run(args) {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        url: { type: 'string' },
        timezone: { type: 'string' },
        language: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    console.error(`demarche extract: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length !== 1) {
    (values.help ? console.log : console.error)(USAGE);
    return values.help ? 0 : 2;
  }
  const { decodeBytes, extractRelease, isExtractionError } = await import('@demarche/text');
  const target = positionals[0];
  let bytes;
  let contentType;
  try {
    ({ bytes, contentType } = /^https?:\/\//i.test(target) ? await download(target) : { bytes: await readFile(target) });
  } catch (error) {
    console.error(`demarche extract: cannot read ${target}: ${error.cause?.message ?? error.message}`);
    return 1;
  }
  const looksHtml = (text) => /^\s*(<!doctype html|<html|<head|<body|<meta|<div|<p[\s>])/i.test(text);
  const decoded = decodeBytes(bytes, { declared: contentType, sniffMarkup: true });
  const ext = extname(target.split(/[?#]/)[0]).toLowerCase();
  const format =
    values.format ??
    (['.html', '.htm', '.xhtml'].includes(ext) || /html/.test(contentType ?? '') ? 'html' : ext === '.txt' ? 'text' : looksHtml(decoded.text) ? 'html' : 'text');
  try {
    const release = extractRelease({
      content: decoded.text,
      format,
      url: values.url ?? (/^https?:\/\//i.test(target) ? target : undefined),
      timezone: values.timezone,
      language: values.language,
    });
    console.log(JSON.stringify({ ...release, format, charset: decoded.charset }, null, 2));
    return 0;
  } catch (error) {
    if (isExtractionError(error)) {
      console.error(JSON.stringify({ error: { code: error.code, message: error.message } }));
      return 1;
    }
    throw error;
  }
}

/** A URL the user named, with a timeout, a redirect limit and a size cap. */
async function download(url) {
  const res = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(20_000), headers: { 'user-agent': 'demarche-extract/0.1' } });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const chunks = [];
  let size = 0;
  for await (const chunk of res.body) {
    size += chunk.length;
    if (size > MAX_BYTES) throw new Error(`larger than ${MAX_BYTES} bytes`);
    chunks.push(chunk);
  }
  return { bytes: Buffer.concat(chunks), contentType: res.headers.get('content-type') ?? undefined };
}
