import { readFileSync } from 'node:fs';
import { AliasMatcher } from './alias.matcher.js';
import type { KbEntity, KbFile, KbOffice, OfficeType, TopicRule } from './kb.types.js';

export interface EntityAlias {
  entity: KbEntity;
  /**
   * `surname`: a short form that needs support (a title before it, or the full name earlier);
   * `stop`: a phrase that hides a name and yields no entity; `linkOnly`: the name of an entity the
   * model's mentions link to, which hides the names inside it ("New Mexico") but is not found alone.
   */
  kind: 'name' | 'surname' | 'stop' | 'linkOnly';
}

const STOP_ENTITY: KbEntity = { id: 'stop', name: 'stop', type: 'location', aliases: [] };

export interface KeywordRef {
  rule: TopicRule;
  keyword: string;
}

const DEFAULT_KB_URL = new URL('../data/kb.json', import.meta.url);

/** The knowledge base compiled for matching; build it once per process (see `loadKnowledgeBase`). */
export class KnowledgeBase {
  readonly entities: ReadonlyMap<string, KbEntity>;
  readonly entityMatcher: AliasMatcher<EntityAlias>;
  readonly keywordMatcher: AliasMatcher<KeywordRef>;
  readonly topicRules: TopicRule[];
  private readonly countryByIso = new Map<string, KbEntity>();
  private readonly holders = new Map<string, { person: KbEntity; office: KbOffice }[]>();

  constructor(readonly file: KbFile) {
    this.entities = new Map(file.entities.map((e) => [e.id, e]));
    const aliases: { alias: string; value: EntityAlias }[] = [];
    for (const entity of file.entities) {
      if (entity.type === 'country' && entity.country) this.countryByIso.set(entity.country, entity);
      for (const alias of entity.aliases) aliases.push({ alias, value: { entity, kind: entity.linkOnly ? 'linkOnly' : 'name' } });
      if (entity.surname && !entity.aliases.includes(entity.surname)) {
        aliases.push({ alias: entity.surname, value: { entity, kind: 'surname' } });
      }
      for (const office of entity.offices ?? []) {
        const key = `${office.office}|${office.country ?? office.org ?? ''}`;
        this.holders.set(key, [...(this.holders.get(key) ?? []), { person: entity, office }]);
      }
    }
    for (const phrase of file.stopPhrases ?? []) aliases.push({ alias: phrase, value: { entity: STOP_ENTITY, kind: 'stop' } });
    this.entityMatcher = new AliasMatcher(aliases);
    this.topicRules = [...file.topics.iptc, ...file.topics.feeds];
    const keywords: { alias: string; value: KeywordRef }[] = [];
    for (const rule of this.topicRules) {
      for (const keyword of [...(rule.all?.keywords ?? []), ...(rule.any?.keywords ?? [])]) {
        keywords.push({ alias: keyword, value: { rule, keyword } });
      }
    }
    this.keywordMatcher = new AliasMatcher(keywords);
  }

  country(iso: string): KbEntity | undefined {
    return this.countryByIso.get(iso);
  }

  /**
   * Who held `office` for a state (ISO code) or organisation (id) on `date` (YYYY-MM-DD). Where two
   * share an office type (Iran's Supreme Leader and President), the one whose title is `title` wins.
   */
  holder(office: OfficeType, of: string, date: string, title?: string): { person: KbEntity; office: KbOffice } | undefined {
    const current = this.holders.get(`${office}|${of}`)?.filter((h) => inOffice(h.office, date)) ?? [];
    // "President" also picks an "Acting President" over a "Supreme Leader".
    return current.find((h) => h.office.title === title) ?? current.find((h) => !!title && h.office.title.endsWith(` ${title}`)) ?? current[0];
  }
}

export const inOffice = (office: KbOffice, date: string) => office.from <= date && (!office.to || date < office.to);

/** The offices a person held on `date`. */
export const officesOn = (person: KbEntity, date: string) => (person.offices ?? []).filter((o) => inOffice(o, date));

let shared: KnowledgeBase | undefined;

/** The shipped knowledge base, parsed and compiled on first use, then shared by the process. */
export function loadKnowledgeBase(): KnowledgeBase {
  shared ??= new KnowledgeBase(JSON.parse(readFileSync(DEFAULT_KB_URL, 'utf8')) as KbFile);
  return shared;
}
