/** The shapes of data/kb.json, written by scripts/build-kb.mjs. */
export type KbEntityType = 'person' | 'organization' | 'location' | 'country';

export type OfficeType =
  | 'head-of-state'
  | 'head-of-government'
  | 'foreign-minister'
  | 'spokesperson'
  | 'secretary-general'
  | 'high-representative'
  | 'commission-president'
  /** Titles recognised as roles but never resolved to an office holder. */
  | 'deputy'
  | 'ambassador'
  /** Other public offices: deputy ministers, envoys, legislators, governors, mayors, directors. */
  | 'official';

export interface KbOffice {
  office: OfficeType;
  title: string;
  /** ISO 3166-1 alpha-2 of the state the office belongs to. */
  country?: string;
  /** Canonical id of the organisation the office belongs to. */
  org?: string;
  from: string;
  to?: string;
}

export interface KbEntity {
  id: string;
  name: string;
  type: KbEntityType;
  country?: string;
  aliases: string[];
  /** Persons: the short form used after the first mention ("Mr Lavrov"). */
  surname?: string;
  offices?: KbOffice[];
  /** Places that stand for a government: "Washington said…". */
  metonymFor?: string;
  capitalOf?: string;
  /** Linked only where the recogniser proposes the name (a US state: "Virginia Foxx" is no place). */
  linkOnly?: boolean;
}

export interface TopicConditions {
  entities?: string[];
  countries?: string[];
  keywords?: string[];
  eventTypes?: string[];
}

export interface TopicRule {
  code: string;
  label: string;
  all?: TopicConditions;
  any?: TopicConditions;
}

export interface KbFile {
  version: number;
  sources: string[];
  entities: KbEntity[];
  /** Phrases that hide a name ("the Paris Agreement" is not Paris). */
  stopPhrases?: string[];
  topics: { iptc: TopicRule[]; feeds: TopicRule[] };
}
