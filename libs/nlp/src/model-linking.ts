import type { KbEntity, KbEntityType } from './kb.types.js';
import type { AliasHit } from './alias.matcher.js';
import { officesOn, type EntityAlias, type KnowledgeBase } from './knowledge-base.js';
import type { ModelMention, NerType } from './ner/ner.types.js';
import { familyName, normalizePersonName, unlinkedId, type UnlinkedType } from './person-name.js';
import type { ReleaseText } from './release-text.js';
import { findRoles } from './role.patterns.js';
import { foldText } from './text-fold.js';
import { personNamedThing, plausible } from './model-plausibility.js';
import type { ExtractedEntity, Mention, PlacedMention } from './entity.extractor.js';

/** What the recogniser found, per text of the release (`original` or a translation's language). */
export type ModelMentionsByText = Record<string, ModelMention[]>;

type Add = (entity: KbEntity | Omit<ExtractedEntity, 'mentions' | 'linked'>, linked: boolean, mention: Mention, role?: string) => ExtractedEntity;

const TYPES: Partial<Record<NerType, UnlinkedType>> = { PER: 'person', ORG: 'organization', LOC: 'location' };
/** Knowledge-base types a model type may be linked to ("Russia" tagged ORG is still the country). */
const COMPATIBLE: Record<UnlinkedType, KbEntityType[]> = {
  person: ['person'],
  organization: ['organization', 'country', 'location'],
  location: ['location', 'country'],
};
const CJK = /\p{Script=Han}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/**
 * The model proposes, the knowledge base links. Each name the recogniser found is, in order:
 * skipped where the knowledge base already placed a mention (its link is the better evidence),
 * except an organisation that contains a country ("Ministry of Foreign Affairs of Kenya");
 * linked to a knowledge-base entity by a variant of its name ("Antony J. Blinken");
 * a family name alone joins the person named in full in the release ("Mwangi", "Ms Mwangi");
 * anything else is a new, unlinked entity with a stable id from its normalised name.
 */
export function linkModelMentions(
  kb: KnowledgeBase,
  texts: ReleaseText[],
  hitsByText: AliasHit<EntityAlias>[][],
  model: ModelMentionsByText,
  date: string,
  placed: PlacedMention[],
  entities: () => Iterable<ExtractedEntity>,
  add: Add,
  unplace: (p: PlacedMention) => void,
): void {
  texts.forEach((t, i) => {
    // Full names first, so a family name alone finds its person even before the full name
    // appears ("Deputy Secretary Campbell's Meeting…" in the title, "Kurt Campbell" below).
    const lone = (m: ModelMention) => m.type === 'PER' && !CJK.test(m.text) && !/\s/.test(m.text.replace(/^\S+\.\s+/u, '').trim());
    const ordered = [...(model[t.in] ?? [])].sort((a, b) => Number(lone(a)) - Number(lone(b)) || a.start - b.start);
    const roles = findRoles(t.text);
    const headline = titleCased(t);
    const bodyFamilyNames = new Set((model[t.in] ?? []).filter((m) => m.type === 'PER' && m.start >= t.bodyStart).map((m) => foldText(familyName(m.text))));
    const typeOf = consistentTypes(model[t.in] ?? []);
    const hidden = hitsByText[i]!.filter((h) => h.targets.every((x) => x.value.kind === 'stop' || x.value.kind === 'linkOnly'));
    for (const m of ordered) {
      let type = typeOf.get(foldText(m.text));
      if (!type) continue;
      const span = trimSpan(t.text, m.start, m.end, type);
      // "Senator John Smith" is John Smith with a title; "Mayor of Leeds", "secretaria de Estado
      // de Asuntos Exteriores" are titles, not bodies.
      const title = roles.find((r) => r.start < span.end && r.end > span.start);
      if (title && type !== 'person') continue;
      // Where the title's pattern ran on into the name ("…Pacific Affairs Daniel J. Kritenbrink"),
      // the model's start is the better evidence.
      if (title && title.start >= span.start) span.start = title.end + (/^\s*/u.exec(t.text.slice(title.end))?.[0].length ?? 0);
      if (span.end <= span.start) continue;
      // Inside a longer name the knowledge base knows but does not find alone ("Mexico" in "New
      // Mexico"), a place or body is that name; inside a stop phrase ("Paris Agreement"), nothing.
      const around = hidden.find((h) => h.start <= span.start && h.end >= span.end && h.end - h.start > span.end - span.start);
      if (around && (type === 'person' || around.targets.some((x) => x.value.kind === 'stop'))) continue;
      if (around) Object.assign(span, { start: around.start, end: around.end });
      const text = t.text.slice(span.start, span.end);
      if (type === 'person') type = personNamedThing(text);
      if (!type || !plausible(text, type, t.language)) continue;
      if (/^[A-Z]{2}$/u.test(text) && /\b[RDI][\s-]+$/u.test(t.text.slice(Math.max(0, span.start - 4), span.start))) continue; // "(R-ND)"
      // A Title Case headline makes a CRF see bodies everywhere ("…for Rural Water Systems in
      // Iowa"): there, only what the body also names.
      // A person there must be named in the body too, in full or by family name: "Senator Allard
      // Says Rocky Flats…" is no "Allard Says Rocky".
      if (headline && span.end <= t.bodyStart && !t.text.includes(text, t.bodyStart)) {
        if (type !== 'person') continue;
        const words = normalizePersonName(text).split(' ');
        if (words.length > 1 && !CJK.test(text) && !bodyFamilyNames.has(foldText(familyName(text)))) continue;
      }
      const over = placed.filter((p) => p.in === t.in && p.start < span.end && p.end > span.start);
      const containsPlaces = over.every((p) => p.start >= span.start && p.end <= span.end && (p.entity.type === 'country' || p.entity.type === 'location'));
      // "Washington State Department of Ecology", "Texas Department of Transportation": a body
      // named after a place is its own, not the state or federal department inside its name.
      const localBody = type === 'organization' && over.some((p) => p.entity.type === 'organization' && p.start > span.start) && startsWithPlace(kb, text);
      if (localBody && over.every((p) => p.start >= span.start && p.end <= span.end)) over.forEach(unplace);
      else if (over.length && !(type === 'organization' && containsPlaces && over.every((p) => p.end - p.start < span.end - span.start))) continue;
      const mention = { text, start: span.start, end: span.end, in: t.in };
      const known = linkByName(kb, text, type, date);
      if (known) {
        add(known, true, mention);
        continue;
      }
      if (type === 'person' && !CJK.test(text)) {
        const words = normalizePersonName(text).split(' ');
        if (words.length === 1) {
          // A family name alone is the person the release named in full; else too weak to stand.
          const same = [...entities()].filter((e) => e.type === 'person' && sameWord(familyName(e.name), words[0]!));
          if (same.length === 1) add(same[0]!, same[0]!.linked, mention);
          continue;
        }
        // "Moreno Bau" after "Ángeles Moreno Bau": the end of a name the release gave in full.
        const tail = [...entities()].filter((e) => e.type === 'person' && normalizePersonName(e.name).split(' ').length > words.length && foldText(normalizePersonName(e.name)).endsWith(` ${foldText(words.join(' '))}`));
        if (tail.length === 1) {
          add(tail[0]!, tail[0]!.linked, mention);
          continue;
        }
        const inflected = CYRILLIC.test(text) ? [...entities()].find((e) => e.type === 'person' && !e.linked && sameInflectedName(e.name, text)) : undefined;
        if (inflected) {
          add(inflected, false, mention);
          continue;
        }
      }
      const name = type === 'person' ? normalizePersonName(text) : text;
      add({ id: unlinkedId(type, text), name, type }, false, mention);
    }
  });
}

/**
 * Drops a trailing possessive and a leading article or courtesy title the model may have taken
 * in, and from a person a legislator's party and state ("Richard Shelby (R-Ala.)", scraped as
 * "Richard Shelby R Ala").
 */
function trimSpan(text: string, start: number, end: number, type: UnlinkedType) {
  const s = text.slice(start, end);
  const lead = /^(?:(?:the|The|la|La|el|El|le|Le|les|Les|los|Los|die|der|Die|Der|Mr|Mrs|Ms|Dr|Mme|Sr|Sra|H\.E)\.?\s+)+/u.exec(s)?.[0].length ?? 0;
  const party = type === 'person' ? (PARTY_TAG.exec(s)?.[0].length ?? 0) : 0;
  const trail = party || (/['’]s?$/u.exec(s)?.[0].length ?? 0);
  return { start: start + lead, end: end - trail };
}
const PARTY_TAG = /\s*\(?\b[RDI](?:\s*[-–]\s*|\s+)(?:[A-Z]{2}|[A-Z][a-z]{1,4})\.?\)?$|\s+[RDI]$/u;

/**
 * The CRF labels each occurrence apart, so one name may come out a body here and a place there
 * ("Virginia Beach"): every occurrence takes the type the model gave it most often (the first
 * on a tie), one entity per name.
 */
function consistentTypes(mentions: ModelMention[]): Map<string, UnlinkedType> {
  const votes = new Map<string, Map<UnlinkedType, number>>();
  for (const m of mentions) {
    const type = TYPES[m.type];
    if (!type) continue;
    const count = votes.get(foldText(m.text)) ?? new Map<UnlinkedType, number>();
    votes.set(foldText(m.text), count.set(type, (count.get(type) ?? 0) + 1));
  }
  return new Map([...votes].map(([key, count]) => [key, [...count].reduce((a, b) => (b[1] > a[1] ? b : a))[0]]));
}

/** A name the title pass read after a title in a Title Case headline, cut back to what the body repeats ("Allard Says Rocky" → "Allard"). */
export function headlineName(t: ReleaseText, start: number, name: string): string {
  if (start >= t.bodyStart || !titleCased(t)) return name;
  while (/\s/u.test(name) && !t.text.includes(name, t.bodyStart)) name = name.replace(/\s+\S+$/u, '');
  return name;
}

/** An English-style headline with most words capitalised. */
function titleCased(t: ReleaseText): boolean {
  const words = t.text.slice(0, t.bodyStart).split(/\s+/u).filter((w) => /^\p{L}{4,}/u.test(w));
  return words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.7;
}

/** The knowledge-base entity a whole mention, or its normalised form, is an alias of. */
function linkByName(kb: KnowledgeBase, text: string, type: UnlinkedType, date: string): KbEntity | undefined {
  const variants = [...new Set([text, type === 'person' ? normalizePersonName(text) : text.replace(/^the\s+/iu, '')])];
  for (const v of variants) {
    const candidates = kb.entityMatcher
      .find(v)
      .filter((h) => h.start === 0 && h.end === v.length)
      .flatMap((h) => h.targets.filter((x) => x.value.kind === 'name' || x.value.kind === 'linkOnly').map((x) => x.value.entity))
      .filter((e) => COMPATIBLE[type].includes(e.type));
    if (candidates.length) return candidates.find((e) => e.type === 'person' && officesOn(e, date).length) ?? candidates[0];
  }
  return undefined;
}

/** "Washington State …", "Texas …": a name that opens with a city, region or US state. */
function startsWithPlace(kb: KnowledgeBase, text: string): boolean {
  return kb.entityMatcher.find(text).some((h) => h.start === 0 && h.end < text.length && h.targets.some((x) => x.value.entity.type === 'location'));
}

const sameWord = (a: string, b: string) => foldText(a) === foldText(b);

/** "Джейн Мванги" and "Джейн Мванги", "Сергея Иванова" and "Сергей Иванов": every word shares its stem. */
function sameInflectedName(a: string, b: string): boolean {
  const wa = normalizePersonName(a).split(' ');
  const wb = normalizePersonName(b).split(' ');
  if (wa.length !== wb.length) return false;
  return wa.every((w, i) => {
    const x = foldText(w);
    const y = foldText(wb[i]!);
    const stem = Math.max(3, Math.min(x.length, y.length) - 2);
    return x.slice(0, stem) === y.slice(0, stem) && Math.abs(x.length - y.length) <= 2;
  });
}
