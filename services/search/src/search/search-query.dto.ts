import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';

export class SearchQueryDto {
  @ApiProperty({
    description:
      'Words (all must match), "quoted phrases", a | b for OR, -word to exclude, prefix* for prefixes. ' +
      'Matches the original text and every translation.',
    example: 'Tillerson "Korean peninsula"',
  })
  @IsString()
  @Length(1, 500)
  q: string;

  @ApiPropertyOptional({ description: 'ISO 639-1 language of the original', example: 'en' })
  @IsOptional()
  @Matches(/^[a-z]{2}$/, { message: 'language must be an ISO 639-1 code such as en' })
  language?: string;

  @ApiPropertyOptional({ description: 'Source id', example: 'mid.ru' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  source?: string;

  @ApiPropertyOptional({ default: 20, minimum: 1, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit = 20;
}

export class SearchHitDto {
  @ApiProperty() id: string;
  @ApiProperty() title: string;
  @ApiPropertyOptional({ description: 'ISO 8601; page-local time when the source time zone is unknown' })
  publishedAt?: string;
  @ApiProperty() language: string;
  @ApiProperty() source: string;
  @ApiProperty({ description: 'Best matching passage, HTML-escaped, matches wrapped in <mark>' })
  snippet: string;
  @ApiProperty() score: number;
}

export class SearchResultDto {
  @ApiProperty() total: number;
  @ApiProperty() tookMs: number;
  @ApiProperty({ type: [SearchHitDto] }) hits: SearchHitDto[];
}
