// What a chaos run reads back to judge itself: the run's documents in Elasticsearch and each
// release's stages in ingest's ledger.

async function es(url, path, body) {
  const res = await fetch(`${url}${path}`, {
    method: body ? 'POST' : 'GET',
    headers: { 'content-type': 'application/json' },
    body: body && JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  const json = await res.json();
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status} ${JSON.stringify(json).slice(0, 300)}`);
  return json;
}

export async function countDocuments(esUrl, alias, source) {
  return (await es(esUrl, `/${alias}/_count`, { query: { term: { 'source.id': source } } })).count;
}

/** Every document of the run: id, title and cluster id (search_after over the id). */
export async function scanDocuments(esUrl, alias, source) {
  const docs = [];
  let after;
  for (;;) {
    const page = await es(esUrl, `/${alias}/_search`, {
      size: 5000,
      query: { term: { 'source.id': source } },
      _source: ['id', 'title', 'clusterId'],
      sort: [{ id: 'asc' }],
      ...(after ? { search_after: after } : {}),
    });
    const hits = page.hits.hits;
    docs.push(...hits.map((h) => ({ _id: h._id, ...h._source })));
    if (hits.length < 5000) return docs;
    after = hits.at(-1).sort;
  }
}

/** Ledger status of each release id (bounded concurrency); returns the ids not yet `indexed`. */
export async function ledgerNotIndexed(ingestUrl, ids, concurrency = 32) {
  const missing = [];
  const queue = [...ids];
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let id = queue.shift(); id; id = queue.shift()) {
        const res = await fetch(`${ingestUrl}/releases/${id}/status`, { signal: AbortSignal.timeout(30_000) }).catch(() => undefined);
        const body = res?.ok ? await res.json() : undefined;
        if (!body?.stages?.indexed) missing.push({ id, status: body?.status ?? `HTTP ${res?.status ?? 'unreachable'}` });
      }
    }),
  );
  return missing;
}

export async function deleteAliasAndIndices(esUrl, alias) {
  const res = await fetch(`${esUrl}/_alias/${alias}`).catch(() => undefined);
  if (!res?.ok) return [];
  const indices = Object.keys(await res.json());
  for (const index of indices) await fetch(`${esUrl}/${index}`, { method: 'DELETE' });
  return indices;
}
