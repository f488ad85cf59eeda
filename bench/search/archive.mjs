// The generated archive the search bench runs on: releases of random words in five languages,
// with sources, countries, entities, topics and event types to filter and facet on. Seeded: the
// same count gives the same archive.
import { createHash } from 'node:crypto';
import { ensureReleasesIndex, toReleaseDocument } from '@demarche/elastic';

const WORDS = ('minister ambassador summit agreement trade ocean climate energy security nuclear sanctions ' +
  'cooperation talks visit statement embassy council forum fisheries tariffs humanitarian aid border peace ' +
  'election investment health vaccine water drought migration refugees cyber space science culture sport ' +
  'treaty delegation parliament president government region development infrastructure railway port').split(' ');
const LANGS = ['en', 'es', 'fr', 'de', 'ru'];
const SOURCES = Array.from({ length: 40 }, (_, i) => `source${i}.example.org`);
const COUNTRIES = ['FR', 'DE', 'ES', 'RU', 'US', 'JP', 'CN', 'IN', 'BR', 'NG', 'KP', 'KR', 'GB', 'IT', 'MX'];
const PEOPLE = Array.from({ length: 300 }, (_, i) => ({ id: `Qb${i}`, name: `Person ${i} ${WORDS[i % WORDS.length]}`, type: 'person' }));
const ORGS = Array.from({ length: 60 }, (_, i) => ({ id: `Qo${i}`, name: `Organisation ${i}`, type: 'organization' }));
const TOPICS = ['medtop:11000000|politics', 'medtop:06000000|environment', 'medtop:04000000|economy', 'medtop:16000000|conflict'];
const EVENTS = ['meeting', 'statement', 'visit', 'call', 'agreement'];

let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = (list) => list[Math.floor(rand() * list.length)];
const sentence = (n) => Array.from({ length: n }, () => pick(WORDS)).join(' ');

function release(i) {
  const language = pick(LANGS);
  const id = `rel_${createHash('sha256').update(`bench:${i}`).digest('hex').slice(0, 24)}`;
  const topic = pick(TOPICS).split('|');
  const people = [pick(PEOPLE), pick(PEOPLE)];
  return {
    id,
    revision: 1,
    source: { id: pick(SOURCES) },
    title: `${sentence(6)} ${people[0].name}`,
    paragraphs: [sentence(40), sentence(40), sentence(30)],
    language,
    publishedAt: new Date(Date.UTC(2015, 0, 1) + Math.floor(rand() * 10 * 365) * 86_400_000).toISOString(),
    ingestedAt: new Date().toISOString(),
    contentHash: 'a'.repeat(64),
    translations: language === 'en' ? [] : [{ language: 'en', title: sentence(7), paragraphs: [sentence(40), sentence(40)], machine: true, backend: 'apertium' }],
    translation: { status: 'done', pending: [], unsupported: [] },
    entities: [...people, pick(ORGS)].map((e, k) => ({ ...e, ...(k === 0 ? { role: 'minister' } : {}), mentions: [] })),
    countries: [pick(COUNTRIES), pick(COUNTRIES)].filter((c, k, all) => all.indexOf(c) === k),
    topics: [{ code: topic[0], label: topic[1], why: 'bench' }],
    eventType: pick(EVENTS),
    // One release in ten copies an earlier one's cluster: near-duplicates to collapse.
    clusterId: i % 10 === 9 ? `rel_${createHash('sha256').update(`bench:${i - 1}`).digest('hex').slice(0, 24)}` : id,
  };
}

/** Fills the alias with `docs` generated releases, unless it holds them already; returns the seconds it took. */
export async function loadArchive(es, { alias: ALIAS, docs: DOCS, reload }) {
  await es.cluster.health({ wait_for_status: 'yellow', timeout: '30s' });
  const exists = await es.indices.existsAlias({ name: ALIAS });
  const count = exists ? (await es.count({ index: ALIAS })).count : 0;
  if (count === DOCS && !reload) {
    console.log(`index: ${ALIAS} already holds ${count} releases (--reload to rebuild)`);
    return 0;
  }
  // Deleting by wildcard is refused (destructive_requires_name): name each old version.
  const old = Object.keys(await es.indices.get({ index: `${ALIAS}-v*`, expand_wildcards: 'all' }));
  if (old.length > 0) await es.indices.delete({ index: old });
  const { index } = await ensureReleasesIndex(es, ALIAS);
  await es.indices.putSettings({ index, settings: { refresh_interval: '-1' } });
  const started = performance.now();
  const BATCH = 4000;
  for (let from = 0; from < DOCS; from += BATCH) {
    const now = new Date().toISOString();
    const operations = [];
    for (let i = from; i < Math.min(DOCS, from + BATCH); i++) {
      const doc = toReleaseDocument(release(i), now);
      operations.push({ index: { _index: index, _id: doc.id } }, doc);
    }
    const res = await es.bulk({ operations });
    if (res.errors) throw new Error(`bulk errors: ${JSON.stringify(res.items.find((i) => i.index?.error))}`);
    process.stdout.write(`\rindex: ${Math.min(DOCS, from + BATCH)}/${DOCS}`);
  }
  await es.indices.putSettings({ index, settings: { refresh_interval: '1s' } });
  await es.indices.refresh({ index });
  await es.indices.forcemerge({ index, max_num_segments: 1 }).catch(() => undefined);
  const seconds = (performance.now() - started) / 1000;
  console.log(`\nindex: loaded ${DOCS} releases in ${seconds.toFixed(1)} s`);
  return seconds;
}
