import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';

export class WebhookSettingsDto {
  @ApiProperty({ example: 'https://newsroom.example.org/hooks/demarche' })
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true }, { message: 'url must be an http(s) URL' })
  url: string;
}

export class EmailSettingsDto {
  @ApiProperty({ example: 'desk@newsroom.example.org' })
  @IsEmail({}, { message: 'email.to must be an e-mail address' })
  @Length(3, 320)
  to: string;

  @ApiPropertyOptional({ enum: ['item', 'hourly', 'daily'], default: 'item', description: 'One message per item, or a digest' })
  @IsOptional()
  @IsIn(['item', 'hourly', 'daily'])
  digest?: 'item' | 'hourly' | 'daily';
}

export class DeliverySettingsDto {
  @ApiPropertyOptional({ type: EmailSettingsDto, description: 'E-mail each new match (text and HTML, with why it matched), or a digest' })
  @IsOptional()
  @ValidateNested()
  @Type(() => EmailSettingsDto)
  email?: EmailSettingsDto;

  @ApiPropertyOptional({ type: WebhookSettingsDto, description: 'POST every new match as an IPTC ninjs document, signed' })
  @IsOptional()
  @ValidateNested()
  @Type(() => WebhookSettingsDto)
  webhook?: WebhookSettingsDto;

  @ApiPropertyOptional({
    default: false,
    description: 'Alert on every syndicated copy. Default: once per story; later copies update "also published by".',
  })
  @IsOptional()
  @IsBoolean()
  everyCopy?: boolean;
}

export class SubscriptionFilterDto {
  @ApiPropertyOptional({ example: ['korean-peninsula'], description: 'Topic feed slugs (GET /feeds)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(/^[a-z0-9][a-z0-9-]*$/, { each: true, message: 'topics must be topic feed slugs' })
  topics?: string[];

  @ApiPropertyOptional({ example: ['Q40'], description: 'Canonical entity ids (Wikidata QIDs)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  entities?: string[];

  @ApiPropertyOptional({ example: ['KP', 'KR'], description: 'ISO 3166-1 alpha-2' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(250)
  @Matches(/^[A-Z]{2}$/, { each: true, message: 'countries must be ISO 3166-1 alpha-2 codes such as KP' })
  countries?: string[];

  @ApiPropertyOptional({ example: ['mid.ru'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  sources?: string[];

  @ApiPropertyOptional({ example: ['en'], description: 'Original language or an available translation (ISO 639-1)' })
  @IsOptional()
  @IsArray()
  @Matches(/^[a-z]{2}$/, { each: true, message: 'languages must be ISO 639-1 codes such as en' })
  languages?: string[];

  @ApiPropertyOptional({ example: ['meeting'] })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  eventTypes?: string[];

  @ApiPropertyOptional({ example: '"Korean peninsula" -sanctions', description: 'The search API syntax' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  query?: string;
}

export class CreateSubscriptionDto {
  @ApiProperty({ example: 'Korea desk' })
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiProperty({ example: 'newsroom-a', description: 'The newsroom that owns the subscription' })
  @IsString()
  @Length(1, 200)
  owner: string;

  @ApiProperty({ type: SubscriptionFilterDto, description: 'OR within a dimension, AND across; at least one criterion' })
  @ValidateNested()
  @Type(() => SubscriptionFilterDto)
  filter: SubscriptionFilterDto;

  @ApiPropertyOptional({ type: DeliverySettingsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => DeliverySettingsDto)
  delivery?: DeliverySettingsDto;
}

export class UpdateSubscriptionDto extends PartialType(CreateSubscriptionDto) {
  @ApiPropertyOptional({ enum: ['active', 'disabled'], description: 'active re-enables a disabled subscription' })
  @IsOptional()
  @IsIn(['active', 'disabled'])
  status?: 'active' | 'disabled';
}

export class ListSubscriptionsDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 200)
  owner?: string;
}
