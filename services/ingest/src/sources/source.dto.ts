import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsTimeZone, IsUrl, Length, Matches, Max, Min, ValidateIf, type ValidationArguments, registerDecorator } from 'class-validator';
import { isValidCssSelector } from '@demarche/text';

/** A CSS selector the listing reader accepts. */
function IsCssSelector() {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isCssSelector',
      target: target.constructor,
      propertyName,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isValidCssSelector(value),
        defaultMessage: (args?: ValidationArguments) => `${args?.property ?? propertyName} must be a valid CSS selector`,
      },
    });
}

export const SOURCE_ID = /^[a-z0-9][a-z0-9._-]{0,199}$/;

/** A source's settings, as PUT /sources/{id} and sources.yaml give them. */
export class SourceSettingsDto {
  @ApiProperty({
    enum: ['feed', 'rss', 'atom', 'rdf', 'listing', 'sitemap'],
    description: 'RSS 2.0, Atom and RDF feeds are all `feed`; `listing` is an HTML page listing releases; `sitemap` a sitemap.xml, sitemap index or news sitemap',
  })
  @IsIn(['feed', 'rss', 'atom', 'rdf', 'listing', 'sitemap'])
  kind: 'feed' | 'rss' | 'atom' | 'rdf' | 'listing' | 'sitemap';

  @ApiProperty({ example: 'https://mfa.example.org/en/press/rss' })
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true })
  @Length(1, 2048)
  url: string;

  @ApiPropertyOptional({ example: 'Ministry of Foreign Affairs' })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  publisher?: string;

  @ApiPropertyOptional({ description: 'ISO 3166-1 alpha-2', example: 'FR' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code such as FR' })
  country?: string;

  @ApiPropertyOptional({ description: 'Default ISO 639-1 language', example: 'fr' })
  @IsOptional()
  @Matches(/^[a-z]{2}$/, { message: 'language must be an ISO 639-1 code such as en' })
  language?: string;

  @ApiPropertyOptional({ description: 'IANA time zone for datelines', example: 'Europe/Paris' })
  @IsOptional()
  @IsTimeZone()
  timezone?: string;

  @ApiPropertyOptional({ description: 'Seconds between polls', default: 900 })
  @IsOptional()
  @IsInt()
  @Min(10)
  @Max(7 * 24 * 3600)
  intervalSeconds?: number;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;

  @ApiPropertyOptional({ default: true, description: "Fetch an item's page when the feed holds only a summary" })
  @IsOptional()
  @IsBoolean()
  fetchPages?: boolean;

  @ApiPropertyOptional({ description: 'Listing: CSS selector of the release links (or of elements holding them); without it a heuristic picks them', example: '.view-content .views-row h3 a' })
  @ValidateIf((o: SourceSettingsDto) => o.itemSelector !== undefined)
  @Length(1, 500)
  @IsCssSelector()
  itemSelector?: string;

  @ApiPropertyOptional({ description: "Listing: CSS selector of the next page's link; without it rel=next and pager words are tried", example: '.pager__item--next a' })
  @ValidateIf((o: SourceSettingsDto) => o.nextSelector !== undefined)
  @Length(1, 500)
  @IsCssSelector()
  nextSelector?: string;

  @ApiPropertyOptional({ default: 3, description: 'Listing: pages read per poll (following next-page links); reading stops early at a page with nothing new' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(50)
  maxPages?: number;

  @ApiPropertyOptional({ default: false, description: "Allow-list: the source's own host may be loopback/private (tests, intranet)" })
  @IsOptional()
  @IsBoolean()
  allowPrivateNetwork?: boolean;
}

export class SourceHealthDto {
  @ApiPropertyOptional() lastPolledAt?: string;
  @ApiPropertyOptional() lastSuccessAt?: string;
  @ApiPropertyOptional() lastError?: string;
  @ApiPropertyOptional() lastErrorCode?: string;
  @ApiPropertyOptional() lastErrorAt?: string;
  @ApiProperty() consecutiveFailures: number;
  @ApiProperty() itemsSeen: number;
  @ApiProperty() itemsIngested: number;
  @ApiProperty() itemsRejected: number;
  @ApiPropertyOptional() nextPollAt?: string;
  @ApiProperty({ enum: ['ok', 'failing', 'never-polled'] }) state: 'ok' | 'failing' | 'never-polled';
}

export class SourceDto extends SourceSettingsDto {
  @ApiProperty() id: string;
  @ApiProperty({ type: SourceHealthDto }) health: SourceHealthDto;
}

export class PollResultDto {
  @ApiProperty() sourceId: string;
  @ApiProperty({ description: 'The feed, listing or sitemap answered 304 Not Modified' }) notModified: boolean;
  @ApiProperty() items: number;
  @ApiProperty({ description: 'Items seen before and skipped' }) known: number;
  @ApiProperty() ingested: number;
  @ApiProperty() duplicates: number;
  @ApiProperty() rejected: number;
  @ApiPropertyOptional() error?: { code: string; message: string };
}
