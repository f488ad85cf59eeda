import { translate, WIKIPEDIA } from 'iuliia';

/**
 * Names as the same entity whatever their spelling in a release: "Antony J. Blinken" and
 * "Antony Blinken", "Sen. John Smith" and "John Smith", "Mwangi's" and "Mwangi".
 */
const HONORIFIC = /^(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Hon|Prof|Sr|Sra|Mme|M|H\.E|Sir|Dame|the)\.?\s+)+/iu;
const POSSESSIVE = /['’]s?$/u;
// "Charles E. Schumer", and "Charles E Schumer" where a scraper dropped the full stop.
const MIDDLE_INITIAL = /\s\p{Lu}\.?(?=\s)/gu;
const SUFFIX = /,?\s+(?:Jr|Sr|II|III|IV)\.?$/u;

/** The name written without honorifics, middle initials, generational suffixes or a possessive. */
export function normalizePersonName(name: string): string {
  return name
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(HONORIFIC, '')
    .replace(SUFFIX, '')
    .replace(POSSESSIVE, '')
    .replace(MIDDLE_INITIAL, '')
    .trim();
}

/** Lower case, accents and punctuation gone: the part of a local id that names the entity. */
export const slug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');

export type UnlinkedType = 'person' | 'organization' | 'location';

const CYRILLIC = /\p{Script=Cyrillic}/u;

/**
 * The stable id of an entity the knowledge base lacks: from its type and normalised name. A
 * Cyrillic person's name is romanised as English-language sources mostly write Russian names
 * (iuliia's Wikipedia scheme), so "Михаил Богданов" and "Mikhail Bogdanov" are one id.
 */
export function unlinkedId(type: UnlinkedType, name: string): string {
  const normal = type === 'person' ? normalizePersonName(name) : name.replace(/^(?:the|The)\s+/u, '');
  return `unlinked:${type}:${slug(type === 'person' && CYRILLIC.test(normal) ? translate(normal, WIKIPEDIA) : normal)}`;
}

/** The last word of a person's name (Latin and Cyrillic names put the family name last). */
export function familyName(name: string): string {
  const words = normalizePersonName(name).split(' ');
  return words[words.length - 1] ?? '';
}
