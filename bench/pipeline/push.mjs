// Feeding the pipeline under measurement: NDJSON batches to ingest, the time each release turns
// searchable in Elasticsearch, and each release's stage times from ingest's ledger.

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Pushes the releases in NDJSON batches (`concurrency` requests at a time) while polling for them in Elasticsearch. */
export async function pushAndWait(es, alias, releases, timeoutMs, { ingestUrl, batchSize, concurrency, rate }) {
  const records = new Map(); // id → { pushedAt, acceptedAt, times }
  let rejected = 0;
  let pushing = true;
  const firstPushAt = Date.now();
  const deadline = firstPushAt + timeoutMs;

  const poller = (async () => {
    let lastSearchableAt = firstPushAt;
    for (;;) {
      const unseen = [...records.entries()].filter(([, r]) => r.times.searchable === undefined).map(([id]) => id);
      if (!pushing && unseen.length === 0) return lastSearchableAt;
      if (Date.now() > deadline) throw new Error(`${unseen.length} releases not searchable after ${timeoutMs} ms`);
      if (unseen.length > 0) {
        const res = await es.search({ index: alias, size: unseen.length, _source: false, query: { ids: { values: unseen } } });
        const now = Date.now();
        for (const hit of res.hits.hits) {
          records.get(hit._id).times.searchable = now;
          lastSearchableAt = now;
        }
      }
      await sleep(50);
    }
  })();

  const batches = [];
  for (let i = 0; i < releases.length; i += batchSize) batches.push(releases.slice(i, i + batchSize));
  let next = 0;
  const pushers = Array.from({ length: Math.min(concurrency, batches.length) }, async () => {
    while (next < batches.length) {
      const k = next++;
      const batch = batches[k];
      // At a given rate, batch k leaves at its slot; otherwise as soon as a request is free.
      if (rate) await sleep(firstPushAt + (k * batchSize * 1000) / rate - Date.now());
      const pushedAt = Date.now();
      for await (const line of postBatch(ingestUrl, batch)) {
        if (line.status === 'accepted' || line.status === 'updated') {
          records.set(line.id, { pushedAt, acceptedAt: Date.now(), times: {} });
        } else {
          rejected++;
          if (rejected <= 3) console.warn(`rejected: ${JSON.stringify(line)}`);
        }
      }
    }
  });
  try {
    await Promise.all(pushers);
  } finally {
    pushing = false;
  }
  const lastSearchableAt = await poller;
  const list = [...records.entries()].map(([id, r]) => ({ id, ...r }));
  return { records: list, firstPushAt, lastSearchableAt, rejected };
}

/** POST /releases/batch; yields each result line as it arrives (its time is when that release was accepted). */
async function* postBatch(ingestUrl, releases) {
  const res = await fetch(`${ingestUrl}/releases/batch`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-ndjson' },
    body: releases.map((r) => JSON.stringify(r)).join('\n') + '\n',
  });
  if (!res.ok) throw new Error(`batch: HTTP ${res.status} ${await res.text()}`);
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of res.body) {
    buffer += decoder.decode(chunk, { stream: true });
    let at;
    while ((at = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, at).trim();
      buffer = buffer.slice(at + 1);
      if (line) yield JSON.parse(line);
    }
  }
  if (buffer.trim()) yield JSON.parse(buffer);
}

/** Fills each record's stage times from `GET /releases/{id}/status`, waiting a while for the ledger to catch up. */
export async function ledgerTimes(ingestUrl, records) {
  const deadline = Date.now() + 60_000;
  let missing = records;
  while (missing.length > 0) {
    let next = 0;
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (next < missing.length) {
          const record = missing[next++];
          const res = await fetch(`${ingestUrl}/releases/${record.id}/status`);
          if (!res.ok) continue;
          const { stages } = await res.json();
          for (const [stage, at] of Object.entries(stages)) if (at) record.times[stage] = Date.parse(at);
        }
      }),
    );
    missing = records.filter((r) => r.times.indexed === undefined);
    if (missing.length === 0 || Date.now() > deadline) break;
    await sleep(1000);
  }
  if (missing.length > 0) console.warn(`ledger: ${missing.length} releases without an indexed time after 60 s`);
}
