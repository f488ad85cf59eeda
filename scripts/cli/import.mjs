import { commandArgs } from './command-args.mjs';
import { expand, unusable } from './import/files.mjs';
import { importFile } from './import/push.mjs';
import { Tally } from './import/tally.mjs';

export const description = 'ingest release files: .txt .html .json .ndjson and feed .xml (paths, globs or directories)';

const USAGE = `usage: demarche import <path|glob|dir>… [--source <slug>] [--timezone <IANA>] [--language <iso>] [--ingest <url>] [--concurrency <n>] [--max-bytes <n>]

Pushes each file to the ingest API: .txt as scraped text, .html/.htm as a page, .json as one
release object or an array of them, .ndjson/.jsonl as a batch, .xml as an RSS/Atom/RDF feed
(one release per item). Directories are walked recursively; globs like 'dumps/**/*.html' work.
Empty, unreadable, non-regular and looping (symlink) paths, and files over --max-bytes (default
5 MiB, the ingest API's default limit; .ndjson streams and has none) are rejected with a reason.
Ends with a summary: ingested, duplicates, rejected with reasons. Exit code 1 when anything was rejected.
--ingest defaults to $DEMARCHE_INGEST_URL or http://127.0.0.1:8081; --source to "import".`;

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
