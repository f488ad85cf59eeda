// `demarche reindex`: builds a new versioned index behind the alias from the current one and
// swaps the alias atomically. Readers never see a missing alias; writers keep writing to the
// old index until the swap, and what they wrote meanwhile is copied again right after it
// (external versions make every copy idempotent and never let an older revision win).
import { parseArgs } from 'node:util';
import {
  createElasticClient,
  hasLanguageAnalyzers,
  releasesIndexTemplate,
  versionedIndexName,
  withDerivedFields,
} from '@demarche/elastic';

export const description = 'copy the releases index into a new version (current template) and swap the alias';

const USAGE = `usage: demarche reindex [--alias releases] [--url http://127.0.0.1:9200] [--batch 1000] [--delete-old]
  Builds <alias>-v<timestamp> with the current template from the index behind the alias
  (the reindex API is not needed), swaps the alias in one atomic update, then copies again
  what was written during the copy. The old index is kept unless --delete-old.`;

/** Copies every document of `from` (optionally only those indexed since `since`) into `to`. */
async function copy(client, from, to, { batch, since, log }) {
  const pit = await client.openPointInTime({ index: from, keep_alive: '2m' });
  let pitId = pit.id;
  let after;
  let copied = 0;
  let stale = 0;
  try {
    for (;;) {
      const res = await client.search({
        pit: { id: pitId, keep_alive: '2m' },
        size: batch,
        sort: [{ _shard_doc: 'asc' }],
        search_after: after,
        track_total_hits: false,
        query: since ? { range: { indexedAt: { gte: since } } } : { match_all: {} },
      });
      pitId = res.pit_id ?? pitId;
      const hits = res.hits.hits;
      if (hits.length === 0) break;
      const bulk = await client.bulk({
        operations: hits.flatMap((h) => [
          { index: { _index: to, _id: h._id, version: h._source.revision, version_type: 'external_gte' } },
          withDerivedFields(h._source),
        ]),
      });
      for (const item of bulk.items) {
        const { status, error } = item.index;
        if (status === 409) stale++;
        else if (status >= 300) throw new Error(`document ${item.index._id} refused (${status}): ${error?.type}: ${error?.reason}`);
        else copied++;
      }
      log(`  ${from} → ${to}: ${copied} copied${stale ? `, ${stale} already newer` : ''}`);
      after = hits.at(-1).sort;
      if (hits.length < batch) break;
    }
  } finally {
    await client.closePointInTime({ id: pitId }).catch(() => undefined);
  }
  return { copied, stale };
}

export async function reindex({ url, alias, batch = 1000, deleteOld = false, log = console.log }) {
  const client = createElasticClient(url, 60_000);
  try {
    const aliases = await client.indices.getAlias({ name: alias });
    const indices = Object.entries(aliases);
    const writeIndex = indices.find(([, a]) => a.aliases[alias]?.is_write_index)?.[0] ?? (indices.length === 1 ? indices[0][0] : undefined);
    if (!writeIndex) throw new Error(`alias ${alias} has no single write index (${indices.map(([i]) => i).join(', ')})`);

    const languageAnalyzers = await hasLanguageAnalyzers(client);
    await client.indices.putIndexTemplate(releasesIndexTemplate(alias, languageAnalyzers));
    const target = versionedIndexName(alias);
    // No refreshes while bulk-loading; restored before the swap.
    await client.indices.create({ index: target, settings: { refresh_interval: '-1' } });
    log(`reindex: ${writeIndex} → ${target} (language analyzers: ${languageAnalyzers ? 'yes' : 'no, standard'})`);

    const startedAt = new Date(Date.now() - 5_000).toISOString();
    const first = await copy(client, writeIndex, target, { batch, log });
    await client.indices.putSettings({ index: target, settings: { refresh_interval: '1s' } });
    await client.indices.refresh({ index: target });

    // One atomic update: the alias is never missing nor pointing at two write indices.
    await client.indices.updateAliases({
      actions: [
        ...indices.map(([index]) => ({ remove: { index, alias } })),
        { add: { index: target, alias, is_write_index: true } },
      ],
    });
    log(`reindex: alias ${alias} now on ${target}`);

    // Writes that reached the old index while copying (or just before the swap).
    await client.indices.refresh({ index: writeIndex });
    const catchUp = await copy(client, writeIndex, target, { batch, since: startedAt, log });
    await client.indices.refresh({ index: target });

    const [{ count: before }, { count: after }] = await Promise.all([
      client.count({ index: writeIndex }),
      client.count({ index: target }),
    ]);
    if (deleteOld) {
      await client.indices.delete({ index: indices.map(([i]) => i) });
      log(`reindex: deleted ${indices.map(([i]) => i).join(', ')}`);
    }
    return { alias, from: writeIndex, to: target, copied: first.copied, caughtUp: catchUp.copied, before, after };
  } finally {
    await client.close();
  }
}

export async function run(args) {
  let options;
  try {
    ({ values: options } = parseArgs({
      args,
      options: {
        alias: { type: 'string', default: process.env.ELASTICSEARCH_ALIAS ?? 'releases' },
        url: { type: 'string', default: process.env.ELASTICSEARCH_URL ?? 'http://127.0.0.1:9200' },
        batch: { type: 'string', default: '1000' },
        'delete-old': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    console.error(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const batch = Number(options.batch);
  if (!Number.isInteger(batch) || batch < 1 || batch > 10_000) {
    console.error(`--batch must be an integer from 1 to 10000, not ${options.batch}`);
    return 2;
  }
  try {
    const r = await reindex({ url: options.url, alias: options.alias, batch, deleteOld: options['delete-old'] });
    console.log(`reindex: done alias=${r.alias} from=${r.from} to=${r.to} copied=${r.copied} caught_up=${r.caughtUp} docs_old=${r.before} docs_new=${r.after}`);
    return 0;
  } catch (error) {
    console.error(`reindex failed: ${error.message}`);
    return 1;
  }
}
