import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { ListParam } from '../common/list-param.js';
import { DATE_INTERVALS, type DateInterval } from './facets.js';

export const QUERY_SYNTAX_HELP =
  'Words (all must match, `AND` optional); "quoted phrases"; `a OR b` or `a | b`; `-word` or `NOT word` excludes; ' +
  '( ) groups; `nucl*` / `n?clear` wildcards (2 letters before the first, 3 per query); field scopes ' +
  '`title:` `body:` (text) and `source:` `country:` `lang:` `entity:` `topic:` `type:` (exact), also on a group: `title:(a | b)`. ' +
  'Matches the original text and every translation. Empty: every release.';

const toBoolean = () => Transform(({ value }) => (value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value));

/** The filters shared by search and export. Each list parameter takes `a,b` or repeats. */
export class SearchFiltersDto {
  @ApiPropertyOptional({ description: QUERY_SYNTAX_HELP, example: 'Tillerson "Korean peninsula"' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  q?: string;

  @ApiPropertyOptional({ description: 'Published on or after (ISO 8601 date or date-time)', example: '2017-01-01' })
  @IsOptional()
  @IsISO8601({}, { message: 'from must be an ISO 8601 date such as 2017-01-01' })
  from?: string;

  @ApiPropertyOptional({ description: 'Published on or before (ISO 8601; a bare date includes that whole day)', example: '2017-12-31' })
  @IsOptional()
  @IsISO8601({}, { message: 'to must be an ISO 8601 date such as 2017-12-31' })
  to?: string;

  @ApiPropertyOptional({ description: 'Source ids', type: [String], example: 'mid.ru' })
  @IsOptional()
  @ListParam()
  @ArrayMaxSize(50)
  @Length(1, 200, { each: true })
  source?: string[];

  @ApiPropertyOptional({ description: 'ISO 3166-1 alpha-2 countries the release is about', type: [String], example: 'KP' })
  @IsOptional()
  @ListParam()
  @ArrayMaxSize(50)
  @Matches(/^[A-Za-z]{2}$/, { each: true, message: 'country must be ISO 3166-1 alpha-2 codes such as FR' })
  country?: string[];

  @ApiPropertyOptional({ description: 'ISO 639-1 language of the original', type: [String], example: 'en' })
  @IsOptional()
  @ListParam()
  @ArrayMaxSize(20)
  @Matches(/^[a-z]{2}$/, { each: true, message: 'language must be ISO 639-1 codes such as en' })
  language?: string[];

  @ApiPropertyOptional({ description: 'Entity ids (all must be mentioned)', type: [String], example: 'Q7747' })
  @IsOptional()
  @ListParam()
  @ArrayMaxSize(20)
  @Length(1, 200, { each: true })
  entity?: string[];

  @ApiPropertyOptional({ description: 'Topic codes (IPTC medtop:… or a feed slug)', type: [String], example: 'medtop:11000000' })
  @IsOptional()
  @ListParam()
  @ArrayMaxSize(20)
  @Length(1, 200, { each: true })
  topic?: string[];

  @ApiPropertyOptional({ description: 'Event types', type: [String], example: 'meeting' })
  @IsOptional()
  @ListParam()
  @ArrayMaxSize(20)
  @Length(1, 100, { each: true })
  eventType?: string[];
}

export class SearchQueryDto extends SearchFiltersDto {
  @ApiPropertyOptional({ enum: ['relevance', 'date'], description: 'Default: relevance with q, date without' })
  @IsOptional()
  @IsIn(['relevance', 'date'])
  sort?: 'relevance' | 'date';

  @ApiPropertyOptional({ default: 20, minimum: 1, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit: number = 20;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page (keeps the same point in time)' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  cursor?: string;

  @ApiPropertyOptional({ default: true, description: 'One hit per near-duplicate cluster, with "also published by"' })
  @IsOptional()
  @toBoolean()
  @IsBoolean()
  collapse: boolean = true;

  @ApiPropertyOptional({ default: true, description: 'Compute facets (first page only)' })
  @IsOptional()
  @toBoolean()
  @IsBoolean()
  facets: boolean = true;

  @ApiPropertyOptional({ enum: DATE_INTERVALS, default: 'month', description: 'Bucket of the date histogram facet' })
  @IsOptional()
  @IsIn(DATE_INTERVALS)
  dateInterval: DateInterval = 'month';
}

export class ExportQueryDto extends SearchFiltersDto {
  @ApiPropertyOptional({ enum: ['ndjson', 'csv'], default: 'ndjson' })
  @IsOptional()
  @IsIn(['ndjson', 'csv'])
  format: 'ndjson' | 'csv' = 'ndjson';
}

export class AlsoPublishedDto {
  @ApiProperty({ description: 'Other releases in the same near-duplicate cluster' }) count: number;
  @ApiProperty({ description: 'Their distinct sources other than this hit’s', type: [String] }) sources: string[];
}

export class SearchHitDto {
  @ApiProperty() id: string;
  @ApiProperty() title: string;
  @ApiPropertyOptional({ description: 'ISO 8601; page-local time when the source time zone is unknown' })
  publishedAt?: string;
  @ApiProperty() language: string;
  @ApiProperty() source: string;
  @ApiProperty({ type: [String] }) countries: string[];
  @ApiPropertyOptional() eventType?: string;
  @ApiProperty() clusterId: string;
  @ApiProperty({ description: 'Best matching passage, HTML-escaped, matches wrapped in <mark>' })
  snippet: string;
  @ApiPropertyOptional({ description: 'Highlighted title (HTML-escaped, <mark>) when the title matched' })
  titleHighlight?: string;
  @ApiProperty() score: number;
  @ApiProperty({ type: AlsoPublishedDto }) alsoPublishedBy: AlsoPublishedDto;
}

export class FacetBucketDto {
  @ApiProperty() value: string;
  @ApiPropertyOptional() label?: string;
  @ApiProperty() count: number;
}

export class SearchResultDto {
  @ApiProperty({ description: 'Matching releases (before collapsing)' }) total: number;
  @ApiProperty() tookMs: number;
  @ApiProperty({ type: [SearchHitDto] }) hits: SearchHitDto[];
  @ApiPropertyOptional({ description: 'Pass as cursor for the next page; absent on the last page' }) nextCursor?: string;
  @ApiPropertyOptional({
    description: 'entities (by type: person, organization, location, country), countries, sources, topics, languages, eventTypes, dates',
  })
  facets?: Record<string, unknown>;
}
