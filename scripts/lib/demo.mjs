// Ingests the sample releases through the ingest API and prints what search finds.
import { readFileSync } from 'node:fs';
import { root } from './services.mjs';
import { withApiKey } from './api-key.mjs';

const INGEST = 'http://127.0.0.1:8081';
const SEARCH = 'http://127.0.0.1:8080';

export async function pushSample(entry) {
  const content = readFileSync(`${root}/samples/${entry.file}`, 'utf8');
  const params = new URLSearchParams(
    Object.entries({ source: entry.source, timezone: entry.timezone, language: entry.language }).filter(([, v]) => v),
  );
  const res = await fetch(`${INGEST}/releases?${params}`, {
    method: 'POST',
    headers: withApiKey({ 'content-type': entry.file.endsWith('.html') ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8' }),
    body: content,
  });
  const body = await res.json();
  if (!res.ok) throw new Error(`${entry.file}: ${res.status} ${JSON.stringify(body)}`);
  return body;
}

/** Waits until every pushed release can be read back from search (the pipeline has indexed it). */
async function waitSearchable(ids, log, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  let reported = 0;
  for (;;) {
    const found = await Promise.all(ids.map(async (id) => (await fetch(`${SEARCH}/releases/${id}`, { headers: withApiKey() })).ok));
    const ready = found.filter(Boolean).length;
    if (ready === ids.length) return;
    if (Date.now() > deadline) throw new Error(`only ${ready} of ${ids.length} sample releases searchable after ${timeoutMs / 1000} s`);
    if (Date.now() - reported > 5000) {
      log(`waiting for the pipeline (translate, enrich, index): ${ready} of ${ids.length} searchable`);
      reported = Date.now();
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function searchUntilFound(q, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await fetch(`${SEARCH}/search?${new URLSearchParams({ q, limit: '5' })}`, { headers: withApiKey() });
    const result = await res.json();
    if (res.ok && (result.total > 0 || Date.now() > deadline)) return result;
    if (Date.now() > deadline) throw new Error(`search ${q}: ${res.status} ${JSON.stringify(result)}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

const ENTITIES = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#x27;': "'", '&#39;': "'" };

/** Snippets are HTML-escaped with <mark> around matches: render them for a terminal. */
const plain = (snippet) =>
  snippet
    .replace(/<mark>/g, '\x1b[1;33m')
    .replace(/<\/mark>/g, '\x1b[0m')
    .replace(/&(amp|lt|gt|quot|#x27|#39);/g, (entity) => ENTITIES[entity]);

export async function runDemo(log) {
  const manifest = JSON.parse(readFileSync(`${root}/samples/manifest.json`, 'utf8'));
  const ids = [];
  for (const entry of manifest.releases) {
    const result = await pushSample(entry);
    ids.push(result.id);
    log(`pushed ${entry.file} -> ${result.id} (${result.status}, ${result.language}, ${result.publishedAt ?? 'no date'})`);
  }
  await waitSearchable(ids, log);
  for (const q of manifest.searches) {
    const result = await searchUntilFound(q);
    log(`search ${q}: ${result.total} hit(s)`);
    for (const hit of result.hits) {
      log(`  ${hit.id}  ${hit.publishedAt ?? ''}  [${hit.language}]  ${hit.title}`);
      if (hit.snippet) log(`      ${plain(hit.snippet)}`);
    }
  }
  // The first sample as the analyst's page shows it: its text and the entities found in it.
  const release = await (await fetch(`${SEARCH}/releases/${ids[0]}`, { headers: withApiKey() })).json();
  log(`release ${release.id}: "${release.title}", published ${release.publishedAt}, ${release.paragraphs.length} paragraphs:`);
  release.paragraphs.forEach((p, i) => log(`  ${i + 1}. ${p}`));
  const people = release.entities.filter((e) => e.type === 'person').map((e) => e.name);
  if (people.length) log(`  people: ${[...new Set(people)].join(', ')}`);
  log(`the analyst's page: ${SEARCH}/  (search, facets, each release, entity pages)`);
}
