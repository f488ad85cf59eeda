import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsDefined, IsIn, IsOptional, IsString, Matches, ValidateNested } from 'class-validator';
import { EventTypes } from '../event-types.js';
import { ReleaseIngestedV1 } from '../release-ingested/v1.js';
import { Topics } from '../topics.js';

export const TRANSLATION_STATUSES = ['done', 'partial', 'pending', 'unsupported', 'not-needed'] as const;
export type TranslationStatus = (typeof TRANSLATION_STATUSES)[number];

/** A machine translation of the title and body into one target language. */
export class Translation {
  @Matches(/^[a-z]{2}$/)
  language: string;

  @IsString()
  title: string;

  @IsArray()
  @IsString({ each: true })
  paragraphs: string[];

  /** Always true today: every translation is machine-made and says so. */
  @IsBoolean()
  machine: boolean;

  @IsString()
  backend: string;

  @IsOptional()
  @IsString()
  model?: string;
}

export class TranslationState {
  @IsIn(TRANSLATION_STATUSES)
  status: TranslationStatus;

  /** Target languages still waiting for a backend. */
  @IsArray()
  @Matches(/^[a-z]{2}$/, { each: true })
  pending: string[];

  /** Target languages no configured backend serves. */
  @IsArray()
  @Matches(/^[a-z]{2}$/, { each: true })
  unsupported: string[];
}

export class ReleaseTranslatedV1 extends ReleaseIngestedV1 {
  static override readonly topic: string = Topics.ReleaseTranslatedV1;
  static override readonly type: string = EventTypes.ReleaseTranslatedV1;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => Translation)
  translations: Translation[];

  @IsDefined()
  @ValidateNested()
  @Type(() => TranslationState)
  translation: TranslationState;
}
