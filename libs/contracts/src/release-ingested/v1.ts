import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  Min,
  ValidateNested,
} from 'class-validator';
import { EventTypes } from '../event-types.js';
import { Topics } from '../topics.js';

export const TITLE_SOURCES = ['given', 'markup', 'derived'] as const;
export const DATE_SOURCES = ['given', 'feed', 'sitemap', 'markup', 'text', 'http', 'source', 'ingest'] as const;

export const RELEASE_ID_PATTERN = /^rel_[0-9a-f]{24}$/;

/** Kafka key of every release event: the release id, so one release's events stay in order. */
export type ReleaseKey = string;

export class SourceRef {
  /** Stable slug of the publisher or feed, e.g. `mid.ru` or `push`. */
  @IsString()
  @Length(1, 200)
  id: string;

  @IsOptional()
  @IsString()
  name?: string;

  /** ISO 3166-1 alpha-2 of the publishing country, when known. */
  @IsOptional()
  @Matches(/^[A-Z]{2}$/)
  country?: string;
}

export class ReleaseIngestedV1 {
  static readonly topic: string = Topics.ReleaseIngestedV1;
  static readonly type: string = EventTypes.ReleaseIngestedV1;

  @Matches(RELEASE_ID_PATTERN)
  id: string;

  /** Content revision (epoch ms of the ingest that produced this text): later wins everywhere. */
  @IsInt()
  @Min(0)
  revision: number;

  @IsDefined()
  @ValidateNested()
  @Type(() => SourceRef)
  source: SourceRef;

  @IsOptional()
  @IsUrl({ require_tld: false })
  url?: string;

  @IsString()
  @Length(1, 1000)
  title: string;

  @IsArray()
  @ArrayMinSize(1)
  @IsString({ each: true })
  paragraphs: string[];

  /** ISO 639-1, or `und` when undetermined. */
  @Matches(/^([a-z]{2}|und)$/)
  language: string;

  /** ISO 8601; page-local wall time when the source's time zone is unknown. */
  @IsOptional()
  @IsISO8601()
  publishedAt?: string;

  @IsISO8601()
  ingestedAt: string;

  /**
   * Where the title came from: stated by the input (`given`: a push's title, a feed item's <title>),
   * found in the text or markup (`markup`), or `derived` from the text. Optional: producers before
   * it existed did not send it.
   */
  @IsOptional()
  @IsIn(TITLE_SOURCES)
  titleSource?: (typeof TITLE_SOURCES)[number];

  /**
   * Where publishedAt came from: stated with the input (`given`, `feed`, `sitemap`), found in the
   * content (`markup`, `text`), or a fallback (`http` Last-Modified, `source` metadata, `ingest` time).
   */
  @IsOptional()
  @IsIn(DATE_SOURCES)
  dateSource?: (typeof DATE_SOURCES)[number];

  /** sha256 of the normalised title and body. */
  @Matches(/^[0-9a-f]{64}$/)
  contentHash: string;

  /**
   * Near-duplicate cluster: the id of the first release seen with (nearly) the same text, or this
   * release's own id. Optional: producers before it existed did not send it. Later stages carry
   * it on as `clusterId`.
   */
  @IsOptional()
  @Matches(RELEASE_ID_PATTERN)
  nearDuplicateClusterId?: string;
}
