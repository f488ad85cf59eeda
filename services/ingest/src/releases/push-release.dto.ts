import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, IsUrl, Length, Matches, ValidateIf } from 'class-validator';

const SOURCE_ID = /^[a-z0-9][a-z0-9._-]{0,199}$/;

/** What a push may say about where its text came from. */
class ReleaseOrigin {
  @ApiPropertyOptional({ description: 'URL the text was taken from' })
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true })
  url?: string;

  @ApiPropertyOptional({ description: 'ISO 639-1 language hint; detected when absent', example: 'en' })
  @IsOptional()
  @Matches(/^[a-z]{2}$/, { message: 'language must be an ISO 639-1 code such as en' })
  language?: string;

  @ApiPropertyOptional({ description: 'IANA time zone of the page, to resolve its dateline', example: 'Asia/Kolkata' })
  @IsOptional()
  @IsString()
  timezone?: string;
}

/** Query parameters of a text or HTML push. */
export class PushQuery extends ReleaseOrigin {
  @ApiPropertyOptional({ description: 'Source id (slug); defaults to DEFAULT_SOURCE', example: 'mid.ru' })
  @IsOptional()
  @Matches(SOURCE_ID, { message: 'source must be a lowercase slug (a-z, 0-9, . _ -)' })
  source?: string;
}

/** A release pushed as JSON: either a body (plain text) or a whole HTML page. */
export class PushReleaseDto extends ReleaseOrigin {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  title?: string;

  @ApiPropertyOptional({ description: 'Plain-text body, paragraphs separated by line breaks' })
  @ValidateIf((o: PushReleaseDto) => o.html === undefined)
  @IsString({ message: 'body or html is required' })
  @Length(1, 2_000_000)
  body?: string;

  @ApiPropertyOptional({ description: 'A whole HTML page; the release is extracted from it' })
  @IsOptional()
  @IsString()
  @Length(1, 5_000_000)
  html?: string;

  @ApiPropertyOptional({ example: '2017-09-07T17:44:00+05:30' })
  @IsOptional()
  @IsISO8601()
  publishedAt?: string;

  @ApiProperty({ description: 'Source id (slug)', example: 'mid.ru' })
  @Matches(SOURCE_ID, { message: 'source must be a lowercase slug (a-z, 0-9, . _ -)' })
  source: string;
}

export class PushResultDto {
  @ApiProperty({ example: 'rel_3f2a9c0d1b7e4a5f6c8d9e0f' })
  id: string;

  @ApiProperty({ enum: ['accepted', 'updated', 'duplicate'] })
  status: 'accepted' | 'updated' | 'duplicate';

  @ApiProperty()
  title: string;

  @ApiPropertyOptional()
  publishedAt?: string;

  @ApiProperty()
  language: string;
}
