#!/usr/bin/env node
// Builds libs/nlp/data/kb.json, the knowledge base the enrich service loads once at start.
// Sources (see libs/nlp/README.md): the npm packages i18n-iso-countries (country names in the six
// UN languages) and world-countries (capitals, demonyms, more translations), plus the curated
// YAML files beside kb.json. Same inputs → byte-identical output: everything is sorted.
// Demonym forms are generated here: Spanish feminine and plurals from the curated masculine,
// French lower-case adjectives and English plurals from world-countries.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { settleAliases } from './kb/aliases.mjs';
import { englishPlural, frenchForms, spanishForms } from './kb/demonyms.mjs';

const require = createRequire(import.meta.url);
const dataDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');
const readYaml = (name) => parse(readFileSync(join(dataDir, name), 'utf8'));

const UN_LANGUAGES = ['en', 'fr', 'es', 'ru', 'zh', 'ar'];
/** world-countries translation keys for the UN languages other than English. */
const WC_TRANSLATIONS = ['fra', 'spa', 'rus', 'zho', 'ara'];
/** Territories whose capitals are not worth an entity (and would match common words). */
const EXTRA_STATES = new Set(['PS', 'VA', 'XK', 'TW']);

const slug = (s) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const countriesLib = require('i18n-iso-countries');
for (const lang of UN_LANGUAGES) countriesLib.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
const worldCountries = JSON.parse(readFileSync(require.resolve('world-countries/countries.json'), 'utf8'));

const curatedCountries = readYaml('countries.yaml');
const organizations = readYaml('organizations.yaml');
const { places, regions, stopPhrases } = readYaml('places.yaml');
// People: data/people.yaml plus one file per region under data/people/.
const peopleFiles = ['people.yaml', ...readdirSync(join(dataDir, 'people')).filter((f) => f.endsWith('.yaml')).sort().map((f) => `people/${f}`)];
const people = peopleFiles.flatMap((f) => readYaml(f) ?? []);
const topics = readYaml('topics.yaml');

const entities = [];

// Countries and territories: every ISO 3166-1 entry world-countries knows.
for (const c of worldCountries) {
  const iso = c.cca2;
  const names = new Set();
  for (const lang of UN_LANGUAGES) for (const n of countriesLib.getNames(lang, { select: 'all' })[iso] ?? []) names.add(n);
  names.add(c.name.common);
  names.add(c.name.official);
  for (const key of WC_TRANSLATIONS) {
    const t = c.translations[key];
    if (t) {
      names.add(t.common);
      names.add(t.official);
    }
  }
  for (const alt of c.altSpellings) if (alt.length >= 4) names.add(alt);
  for (const d of Object.values(c.demonyms ?? {})) {
    names.add(d.m);
    names.add(d.f);
  }
  // Generated forms for states only: territories' demonyms are rare in releases and some are
  // ordinary words (French "malouin" is from Saint-Malo).
  if (c.unMember || EXTRA_STATES.has(iso)) {
    for (const n of [...englishPlural(c.demonyms?.eng?.m), ...frenchForms(c.demonyms?.fra?.m), ...frenchForms(c.demonyms?.fra?.f)]) names.add(n);
  }
  for (const m of [curatedCountries.demonyms?.es?.[iso] ?? []].flat()) for (const n of spanishForms(m)) names.add(n);
  for (const lang of ['ru', 'ar']) for (const a of [curatedCountries.demonyms?.[lang]?.[iso] ?? []].flat()) names.add(a);
  for (const a of curatedCountries.aliases[iso] ?? []) names.add(a);
  for (const a of curatedCountries.notAliases?.[iso] ?? []) names.delete(a);
  // "Korea (Democratic People's Republic of)": keep the part before the bracket, drop the rest.
  const cleaned = [...names].filter(Boolean).flatMap((n) => (n.includes('(') ? [n.replace(/\s*\(.*\)\s*/g, ' ').trim()] : [n]));
  entities.push({
    id: curatedCountries.qids[iso] ?? `local:country:${iso.toLowerCase()}`,
    name: curatedCountries.names[iso] ?? c.name.common,
    type: 'country',
    country: iso,
    aliases: [...new Set(cleaned)].filter((n) => n.length >= 2).sort(),
    rank: c.independent ? 3 : 2,
  });
}

// A territory never takes a state's name: the matcher folds accents, and Northern Mariana
// Islands' French demonym "Américan" would otherwise take every "American" from the US.
const fold = (n) => n.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const stateNames = new Set(entities.filter((e) => e.rank === 3).flatMap((e) => e.aliases.map(fold)));
for (const e of entities) if (e.rank !== 3) e.aliases = e.aliases.filter((a) => !stateNames.has(fold(a)));

// Places: curated ones first, then capitals of states that the curated list lacks.
const placeNames = new Set();
for (const p of places) {
  placeNames.add(p.name);
  entities.push({
    id: p.id,
    name: p.name,
    type: 'location',
    ...(p.country ? { country: p.country } : {}),
    ...(p.metonymFor ? { metonymFor: p.metonymFor } : {}),
    capitalOf: undefined,
    aliases: [...new Set([p.name, ...(p.aliases ?? [])])].sort(),
  });
}
for (const c of worldCountries) {
  if (!c.unMember && !EXTRA_STATES.has(c.cca2)) continue;
  for (const capital of c.capital ?? []) {
    const existing = entities.find((e) => e.type === 'location' && (e.name === capital || e.aliases.includes(capital)));
    if (existing) {
      existing.capitalOf = c.cca2;
      continue;
    }
    if (placeNames.has(capital)) continue;
    placeNames.add(capital);
    entities.push({ id: `local:location:${slug(capital)}`, name: capital, type: 'location', country: c.cca2, capitalOf: c.cca2, aliases: [capital] });
  }
}
for (const r of regions) {
  entities.push({ id: r.id, name: r.name, type: 'location', ...(r.country ? { country: r.country } : {}), aliases: [...new Set([r.name, ...(r.aliases ?? [])])].sort() });
}

// The states of the US, linked only where the recogniser proposes the name: "Virginia Foxx" and
// "Indiana Jones" are no places, and a list of names alone cannot tell. A state sharing its name
// with an entity already here (Georgia, Washington, New York) is left to that entity.
const taken = new Set(entities.flatMap((e) => e.aliases.map(fold)));
for (const s of require('us').STATES) {
  if (!taken.has(fold(s.name))) entities.push({ id: `local:location:${slug(s.name)}`, name: s.name, type: 'location', country: 'US', linkOnly: true, aliases: [s.name] });
}

for (const o of organizations) {
  entities.push({ id: o.id, name: o.name, type: 'organization', ...(o.country ? { country: o.country } : {}), aliases: [...new Set([o.name, ...(o.aliases ?? [])])].sort() });
}

for (const p of people) {
  const offices = (p.offices ?? []).map((o) => ({
    office: o.office,
    title: o.title,
    ...((o.country ?? p.country) ? { country: o.country ?? p.country } : {}),
    ...(o.org ? { org: o.org } : {}),
    from: String(o.from),
    ...(o.to ? { to: String(o.to) } : {}),
  }));
  entities.push({
    id: p.id,
    name: p.name,
    type: 'person',
    ...(p.country ? { country: p.country } : {}),
    surname: p.surname ?? p.name.split(/\s+/).at(-1),
    offices,
    aliases: [...new Set([p.name, ...(p.aliases ?? [])])].sort(),
  });
}

for (const e of entities) if (e.capitalOf === undefined) delete e.capitalOf;

const ambiguous = settleAliases(entities);

entities.sort((a, b) => a.id.localeCompare(b.id));
const kb = {
  version: 1,
  stopPhrases: [...new Set(stopPhrases ?? [])].sort(),
  sources: ['i18n-iso-countries', 'world-countries', 'us', 'data/countries.yaml', 'data/places.yaml', 'data/organizations.yaml', ...peopleFiles.map((f) => `data/${f}`), 'data/topics.yaml'],
  entities,
  topics,
};
const output = JSON.stringify(kb) + '\n';
const target = join(dataDir, 'kb.json');
// --check: fail when kb.json is not what the sources build (someone edited a source and forgot to rebuild).
if (process.argv.includes('--check')) {
  const current = readFileSync(target, 'utf8');
  if (current !== output) {
    console.error('kb.json is stale: run `node libs/nlp/scripts/build-kb.mjs`');
    process.exit(1);
  }
  console.log('kb.json is up to date');
  process.exit(0);
}
writeFileSync(target, output);
const count = (t) => entities.filter((e) => e.type === t).length;
console.log(
  `kb: entities=${entities.length} countries=${count('country')} locations=${count('location')} organizations=${count('organization')} persons=${count('person')} aliases=${entities.reduce((n, e) => n + e.aliases.length, 0)} ambiguous_dropped=${ambiguous.length}`,
);
if (ambiguous.length) console.log(`ambiguous aliases dropped: ${ambiguous.sort().join(', ')}`);
