import { parseArgs } from 'node:util';
import { withApiKey } from '../lib/api-key.mjs';

export const description = 're-emit releases from the ingest ledger (--since ISO, --source slug, --id rel_…, or --all; --reextract runs the current extractor again)';

const USAGE = `usage: demarche replay [--reextract] [--since <ISO 8601>] [--source <slug>] [--id <release id>] [--all] [--ingest <url>]

Publishes the recorded releases.ingested.v1 events again, unchanged, so translate, enrich and
index run again (e.g. after an upgrade). Nothing is refetched. Filters combine.
--reextract runs the current extractor over the raw input kept in the ledger first: same release
ids; a release whose text, title, date or language changes gets a new revision that replaces the
indexed document. Prints how many changed.
--ingest defaults to $DEMARCHE_INGEST_URL or http://127.0.0.1:8081.`;

export async function run(args) {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        since: { type: 'string' },
        source: { type: 'string' },
        id: { type: 'string' },
        all: { type: 'boolean' },
        reextract: { type: 'boolean' },
        ingest: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    console.error(`demarche replay: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!values.since && !values.source && !values.id && !values.all) {
    console.error(`demarche replay: give --since, --source or --id, or --all\n\n${USAGE}`);
    return 2;
  }
  const ingest = (values.ingest ?? process.env.DEMARCHE_INGEST_URL ?? 'http://127.0.0.1:8081').replace(/\/$/, '');
  const body = {};
  for (const key of ['since', 'source', 'id']) if (values[key]) body[key] = values[key];
  if (values.all) body.all = true;
  let res;
  try {
    res = await fetch(`${ingest}/releases/${values.reextract ? 'reextract' : 'replay'}`, {
      method: 'POST',
      headers: withApiKey({ 'content-type': 'application/json' }),
      body: JSON.stringify(body),
    });
  } catch (error) {
    console.error(`demarche replay: cannot reach ingest at ${ingest}: ${error.cause?.message ?? error.message}`);
    return 1;
  }
  const answer = await res.json().catch(() => ({}));
  if (!res.ok) {
    console.error(`demarche replay: ${res.status} ${answer.code ?? ''} ${JSON.stringify(answer.message ?? answer)}`);
    return 1;
  }
  const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (values.reextract) {
    console.log(`re-extracted ${plural(answer.replayed, 'release')}: ${answer.changed} changed (new revision), ${answer.replayed - answer.changed - answer.failed} unchanged, ${answer.failed} refused by the current extractor (recorded event kept)`);
  } else {
    console.log(`replayed ${plural(answer.replayed, 'release')}`);
  }
  return 0;
}
