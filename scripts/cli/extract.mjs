import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { commandArgs } from './command-args.mjs';

export const description = 'extract a release from a file or URL and print it as JSON';

const USAGE = `usage: demarche extract <file|url> [--format text|html] [--url <canonical url>] [--timezone <IANA>] [--language <iso 639-1>] [--allow-private]

Prints {title, publishedAt, language, canonicalUrl, paragraphs, charset, secondOpinion} as JSON.
The format comes from the file extension or Content-Type, else from the content itself. An HTML
page's paragraphs are merged with the extractor server's (EXTRACTOR_URL, default the local
stack's; empty: ours alone) as the ingest service merges them; secondOpinion says whether it
answered.
A URL is fetched through the same SSRF guard as the ingest service: http(s) only, public
addresses only (checked at connect time, redirects re-checked), 20 s, 10 MiB, 5 redirects.
--allow-private lets the URL's own host be a loopback or private address (an intranet page,
a test server); a redirect to another host is still checked.`;

const MAX_BYTES = 10 * 1024 * 1024;

export async function run(args) {
  const parsed = commandArgs('extract', USAGE, args, {
    format: { type: 'string' },
    url: { type: 'string' },
    timezone: { type: 'string' },
    language: { type: 'string' },
    'allow-private': { type: 'boolean', default: false },
  }, (n) => n === 1);
  if ('exit' in parsed) return parsed.exit;
  const { values, positionals } = parsed;
  const { decodeBytes, extractRelease, isExtractionError, mergeSecondOpinion } = await import('@demarche/text');
  const target = positionals[0];
  let bytes;
  let contentType;
  try {
    ({ bytes, contentType } = /^[a-z][a-z0-9+.-]*:\/\//i.test(target) ? await download(target, values['allow-private']) : { bytes: await readFile(target) });
  } catch (error) {
    if (error.code?.startsWith?.('FETCH.')) {
      console.error(JSON.stringify({ error: { code: error.code, message: error.message } }));
      return 1;
    }
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
    const opinion = format === 'html' ? await secondOpinion(decoded.text) : { status: 'not asked: not HTML' };
    const paragraphs = opinion.status === 'answered' ? mergeSecondOpinion(release.paragraphs, opinion.paragraphs) : release.paragraphs;
    const said = opinion.status === 'answered' ? 'merged' : opinion.reason ? `unavailable: ${opinion.reason}` : opinion.status;
    console.log(JSON.stringify({ ...release, paragraphs, format, charset: decoded.charset, secondOpinion: said }, null, 2));
    return 0;
  } catch (error) {
    if (isExtractionError(error)) {
      console.error(JSON.stringify({ error: { code: error.code, message: error.message } }));
      return 1;
    }
    throw error;
  }
}

/** The extractor server's paragraphs, as the ingest service asks for them (EXTRACTOR_URL). */
async function secondOpinion(html) {
  const { DEFAULT_EXTRACTOR_URL, SecondOpinionClient } = await import('@demarche/text');
  const url = process.env.EXTRACTOR_URL ?? DEFAULT_EXTRACTOR_URL;
  if (!url) return { status: 'not asked: EXTRACTOR_URL is empty' };
  return new SecondOpinionClient({ url, timeoutMs: Number(process.env.EXTRACTOR_TIMEOUT_MS ?? 3_000) }).paragraphs(html);
}

/** A URL the user named, through the ingest service's SSRF guard (FetchError codes FETCH.*). */
async function download(url, allowPrivateNetwork) {
  const { FetchError, guardedFetch } = await import('@demarche/net');
  const res = await guardedFetch(url, {
    allowPrivateNetwork,
    maxBytes: MAX_BYTES,
    timeoutMs: 20_000,
    maxRedirects: 5,
    headers: { accept: 'text/html, application/xhtml+xml;q=0.9, text/plain;q=0.8, */*;q=0.1' },
  });
  if (res.status !== 200) throw new FetchError('FETCH.HTTP', `${url} answered ${res.status}`, res.status);
  const type = res.headers['content-type'];
  return { bytes: res.body, contentType: Array.isArray(type) ? type[0] : type };
}
