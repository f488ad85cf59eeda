import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Min, ValidateNested } from 'class-validator';
import { EventTypes } from '../event-types.js';
import { ReleaseTranslatedV1 } from '../release-translated/v1.js';
import { Topics } from '../topics.js';

export const ENTITY_TYPES = ['person', 'organization', 'location', 'country'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export class Mention {
  @IsString()
  text: string;

  @IsInt()
  @Min(0)
  start: number;

  @IsInt()
  @Min(0)
  end: number;

  /**
   * `original` or the ISO 639-1 code of the translation the mention was found in. Offsets
   * (UTF-16, end exclusive) point into that text laid out as the title, a blank line, then the
   * paragraphs separated by blank lines.
   */
  @IsString()
  in: string;
}

export class Entity {
  /** Canonical id (Wikidata QID) when linked, otherwise a stable local id. */
  @IsString()
  id: string;

  @IsString()
  name: string;

  @IsIn(ENTITY_TYPES)
  type: EntityType;

  @IsOptional()
  @IsString()
  role?: string;

  @IsOptional()
  @Matches(/^[A-Z]{2}$/)
  country?: string;

  /**
   * `false` for an entity the knowledge base lacks (found by the recogniser or after a title;
   * its id is `unlinked:<type>:<normalised name>`); absent when linked. Since enriched v1.1.
   */
  @IsOptional()
  @IsBoolean()
  linked?: boolean;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => Mention)
  mentions: Mention[];
}

export class TopicMatch {
  /** IPTC Media Topic code (`medtop:11000000`) or a topic feed slug (`korean-peninsula`). */
  @IsString()
  code: string;

  @IsString()
  label: string;

  /** Which rule matched and on what evidence. */
  @IsString()
  why: string;
}

export class EventParticipant {
  /** Canonical id of the person (as in `entities`). */
  @IsString()
  id: string;

  @IsString()
  name: string;

  @IsOptional()
  @Matches(/^[A-Z]{2}$/)
  country?: string;

  @IsOptional()
  @IsString()
  role?: string;
}

export class EventPlace {
  @IsString()
  id: string;

  @IsString()
  name: string;
}

/** The diplomatic event a release reports (telephone conversation, visit, …). */
export class DiplomaticEvent {
  /** Same value as `eventType`, e.g. `telephone-conversation`, `visit`, `joint-statement`. */
  @IsString()
  type: string;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => EventParticipant)
  participants: EventParticipant[];

  /** ISO 3166-1 alpha-2 of the side whose initiative it was, when stated. */
  @IsOptional()
  @Matches(/^[A-Z]{2}$/)
  initiator?: string;

  /** YYYY-MM-DD of the event when the release states one that differs from publication. */
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  date?: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => EventPlace)
  place?: EventPlace;
}

export class ReleaseEnrichedV1 extends ReleaseTranslatedV1 {
  static override readonly topic: string = Topics.ReleaseEnrichedV1;
  static override readonly type: string = EventTypes.ReleaseEnrichedV1;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => Entity)
  entities: Entity[];

  /** ISO 3166-1 alpha-2 codes of the countries the release is about. */
  @IsArray()
  @Matches(/^[A-Z]{2}$/, { each: true })
  countries: string[];

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => TopicMatch)
  topics: TopicMatch[];

  @IsOptional()
  @IsString()
  eventType?: string;

  /** Participants, initiator, date and place of the event; absent when no event was recognised. */
  @IsOptional()
  @ValidateNested()
  @Type(() => DiplomaticEvent)
  event?: DiplomaticEvent;

  /** Near-duplicate cluster; equals the release id of the first copy seen. */
  @IsString()
  clusterId: string;
}
