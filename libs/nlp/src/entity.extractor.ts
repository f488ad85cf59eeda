import type { AliasHit } from './alias.matcher.js';
import type { KbEntity, KbEntityType, OfficeType } from './kb.types.js';
import { officesOn, type EntityAlias, type KnowledgeBase } from './knowledge-base.js';
import type { ReleaseText } from './release-text.js';
import { COURTESY_BEFORE, findRoles, type RoleHit } from './role.patterns.js';
import { personNamedThing } from './model-plausibility.js';
import { headlineName, linkModelMentions, type ModelMentionsByText } from './model-linking.js';
import { familyName, normalizePersonName, unlinkedId } from './person-name.js';

export interface Mention {
  text: string;
  start: number;
  end: number;
  in: string;
}

export interface ExtractedEntity {
  /** Wikidata QID when the knowledge base has it, otherwise a stable local id. */
  id: string;
  name: string;
  type: KbEntityType;
  role?: string;
  country?: string;
  /** False for names the knowledge base lacks (found by the model or after a title). */
  linked: boolean;
  mentions: Mention[];
}

/** A mention placed in one text, for the event and topic steps. */
export interface PlacedMention extends Mention {
  entity: ExtractedEntity;
}

export interface Extraction {
  entities: ExtractedEntity[];
  mentions: PlacedMention[];
}

/**
 * What may stand between a title and the name it belongs to, once country names are removed
 * ("Président de la République, X": the republic belongs to the title).
 */
const TITLE_GAP = /^[\s,]*(?:(?:of|the|de|del|la|le|des|du|d'|and|y|et|republic|république|república)[\s,]*)*(?:\p{Lu}\.[\s-]?)*$/iu;
/** A first name the knowledge base does not list, inflected or not: "Майком Помпео", "سيرغي لافروف". */
const FIRST_NAME_GAP = /^[\s,]*(?:\p{Lu}|\p{Script=Arabic})[\p{L}.-]*\s+$/u;
/** Offices whose holder a title alone designates ("the Russian Foreign Minister said…"). */
const HOLDER_OFFICES: OfficeType[] = ['head-of-state', 'head-of-government', 'foreign-minister'];
/** Heads of state whom "President" does not designate. */
const MONARCH_TITLE = /^(?:King|Queen|Emir|Sultan|Grand Duke|Emperor|Prince)\b/;
/** A name not in the knowledge base after a title: two or three capitalised words. */
const UNKNOWN_NAME = /^\s+((?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.)(?:\s?(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.)){1,2})/u;

/**
 * Finds persons, organisations, places and countries in the original text and every
 * translation, links them to the knowledge base and merges them by canonical id.
 * `statedDate` (YYYY-MM-DD), the date the release states, decides who held an office; undated,
 * names are taken as current and a title with no name designates nobody. An office named without
 * a country is the publisher's (`sourceCountry`). `model` holds what a statistical recogniser
 * found, if one ran.
 */
export function extractEntities(kb: KnowledgeBase, texts: ReleaseText[], statedDate: string | undefined, sourceCountry?: string, model?: ModelMentionsByText): Extraction {
  const date = statedDate ?? new Date().toISOString().slice(0, 10);
  const byId = new Map<string, ExtractedEntity>();
  const placed: PlacedMention[] = [];

  const add = (entity: KbEntity | Omit<ExtractedEntity, 'mentions' | 'linked'>, linked: boolean, mention: Mention, role?: string) => {
    let e = byId.get(entity.id);
    if (!e) {
      e = { id: entity.id, name: entity.name, type: entity.type, ...(entity.country ? { country: entity.country } : {}), linked, mentions: [] };
      byId.set(e.id, e);
    }
    if (role && !e.role) e.role = role;
    if (!e.mentions.some((m) => m.in === mention.in && m.start === mention.start)) {
      e.mentions.push(mention);
      placed.push({ ...mention, entity: e });
    }
    return e;
  };
  const unplace = (p: PlacedMention) => {
    placed.splice(placed.indexOf(p), 1);
    p.entity.mentions = p.entity.mentions.filter((m) => m.in !== p.in || m.start !== p.start);
    if (!p.entity.mentions.length) byId.delete(p.entity.id);
  };

  const hitsByText = texts.map((t) => kb.entityMatcher.find(t.text));

  // Pass 1: full names. A capital standing for its government ("Washington", "Moscow's
  // position") counts as the country.
  const surnameHits: { text: ReleaseText; hit: AliasHit<EntityAlias> }[] = [];
  texts.forEach((t, i) => {
    for (const hit of hitsByText[i]!) {
      if (hit.targets.some((x) => x.value.kind === 'stop') || hit.targets.every((x) => x.value.kind === 'linkOnly')) continue;
      const names = hit.targets.filter((x) => x.value.kind === 'name').map((x) => x.value.entity);
      if (!names.length) {
        surnameHits.push({ text: t, hit });
        continue;
      }
      let entity = pickByDate([...new Set(names)], date);
      const possessive = /^['’]s\b/.test(t.text.slice(hit.end, hit.end + 3));
      const standsFor = entity.metonymFor ?? (possessive ? entity.capitalOf : undefined);
      if (entity.type === 'location' && standsFor) entity = kb.country(standsFor) ?? entity;
      add(entity, true, { text: hit.text, start: hit.start, end: hit.end, in: t.in });
    }
  });

  // Pass 2: short forms ("Mr Lavrov", "Secretary Tillerson", "Lavrov" once "Sergey Lavrov" was named).
  for (const { text: t, hit } of surnameHits) {
    const persons = [...new Set(hit.targets.map((x) => x.value.entity))];
    const named = persons.filter((p) => byId.has(p.id));
    const titled = COURTESY_BEFORE.test(t.text.slice(Math.max(0, hit.start - 24), hit.start));
    const inOffice = persons.filter((p) => officesOn(p, date).length);
    const person = named.length === 1 ? named[0] : titled && inOffice.length === 1 ? inOffice[0] : undefined;
    if (person) add(person, true, { text: hit.text, start: hit.start, end: hit.end, in: t.in });
  }

  // Pass 3: the model's names, after the knowledge base's own (which win where both found one).
  if (model) linkModelMentions(kb, texts, hitsByText, model, date, placed, () => byId.values(), add, unplace);

  // Pass 4: titles. Attach a title to the person it introduces; a title with no name
  // designates the holder of the office on the release date.
  for (const t of texts) {
    const roles = findRoles(t.text);
    const here = placed.filter((m) => m.in === t.in).sort((a, b) => a.start - b.start);
    const countriesHere = here.filter((m) => m.entity.type === 'country');
    const gapOk = (from: number, to: number, firstName = false) => {
      if (to < from || to - from > 60) return false;
      let gap = t.text.slice(from, to);
      for (const c of countriesHere) if (c.start >= from && c.end <= to) gap = gap.replace(c.text, ' ');
      return TITLE_GAP.test(gap) || (firstName && FIRST_NAME_GAP.test(gap));
    };
    for (const role of roles) {
      const person = here.find((m) => m.entity.type === 'person' && m.start >= role.end && gapOk(role.end, m.start, true));
      const after = here.find((m) => m.entity.type === 'person' && m.end <= role.start && /^[,،]\s*(?:the\s+)?$/i.test(t.text.slice(m.end, role.start)));
      // "Minister of Health and Social Care Jane Doe": the title's pattern ran into the name.
      const inside = here.find((m) => m.entity.type === 'person' && m.start > role.start && m.start < role.end && m.end >= role.end);
      const target = person ?? inside ?? after;
      // "Taoiseach", "Secretary of State" name their state by themselves.
      const country = countryOfTitle(t, role, countriesHere, gapOk) ?? role.country;
      if (target) {
        if (!target.entity.role) target.entity.role = role.role;
        // "the Kenyan Ambassador Jane Mwangi": a person the knowledge base lacks is of that state.
        if (!target.entity.linked && !target.entity.country && country) target.entity.country = country;
        continue;
      }
      const unknown = UNKNOWN_NAME.exec(t.text.slice(role.end, role.end + 80));
      if (unknown && !here.some((m) => m.start >= role.end && m.start <= role.end + unknown[0].length)) {
        const start = role.end + unknown[0].length - unknown[1]!.length;
        const name = headlineName(t, start, unknown[1]!.replace(/['’]s$/, ''));
        // "Governor Bello-Okafor" once "Hadiza Bello-Okafor" was named: the same person.
        const named = !/\s/.test(name) ? [...byId.values()].filter((e) => e.type === 'person' && familyName(e.name) === name) : [];
        if (named.length === 1) add(named[0]!, named[0]!.linked, { text: name, start, end: start + name.length, in: t.in }, role.role);
        else if (/\s/.test(name) && !/^The\s/u.test(name) && personNamedThing(name) === 'person') add({ id: unlinkedId('person', name), name: normalizePersonName(name), type: 'person', ...(country ? { country } : {}) }, false, { text: name, start, end: start + name.length, in: t.in }, role.role);
        continue;
      }
      // No country named: the publisher's own minister ("the Minister of Foreign Affairs" in a
      // ministry's own release).
      const holderOf = country ?? sourceCountry;
      if (!holderOf || !statedDate || !HOLDER_OFFICES.includes(role.office)) continue;
      const holder = kb.holder(role.office, holderOf, date, role.role);
      // "el presidente" in a Spanish release is not the King.
      if (holder && role.role === 'President' && MONARCH_TITLE.test(holder.office.title)) continue;
      if (holder) add(holder.person, true, { text: t.text.slice(role.start, role.end), start: role.start, end: role.end, in: t.in }, role.role);
    }
  }

  // Pass 5: "the Minister", "the Secretary", "the President" when one person fits.
  for (const t of texts.filter((x) => x.language === 'en')) {
    for (const m of t.text.matchAll(/\b[Tt]he (Minister|Secretary|President|Chancellor|Premier|Prime Minister|Spokesperson)\b(?!s)/g)) {
      const word = m[1]!;
      const start = m.index + 4;
      const end = start + word.length;
      if (placed.some((p) => p.in === t.in && start < p.end && end > p.start)) continue;
      if (/^\s+of\b/.test(t.text.slice(end, end + 4))) continue;
      const fits = [...byId.values()].filter((e) => e.type === 'person' && e.role?.includes(word));
      if (fits.length === 1) add(fits[0]!, fits[0]!.linked, { text: word, start, end, in: t.in });
    }
  }

  const entities = [...byId.values()];
  for (const e of entities) e.mentions.sort((a, b) => (a.in === b.in ? a.start - b.start : a.in === 'original' ? -1 : b.in === 'original' ? 1 : a.in.localeCompare(b.in)));
  return { entities, mentions: placed };
}

/** The country a title belongs to: "Russian Foreign Minister", "Foreign Minister of Russia". */
function countryOfTitle(
  t: ReleaseText,
  role: RoleHit,
  countries: PlacedMention[],
  gapOk: (from: number, to: number) => boolean,
): string | undefined {
  const before = [...countries].reverse().find((c) => c.end <= role.start && role.start - c.end <= 3 && gapOk(c.end, role.start));
  const after = countries.find((c) => c.start >= role.end && c.start - role.end <= 12 && gapOk(role.end, c.start));
  return (before ?? after)?.entity.country;
}

/** Of several entities with one alias, a person in office on the date, else the first. */
function pickByDate(entities: KbEntity[], date: string): KbEntity {
  if (entities.length === 1) return entities[0]!;
  return entities.find((e) => e.type === 'person' && officesOn(e, date).length) ?? entities[0]!;
}
