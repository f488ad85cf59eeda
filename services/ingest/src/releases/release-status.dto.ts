import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsISO8601, IsOptional, Matches } from 'class-validator';
import { RELEASE_ID_PATTERN } from '@demarche/contracts';
import { LEDGER_STAGES, type LedgerStatus } from './release.entity.js';

export class StageTimesDto {
  @ApiProperty() received: string;
  @ApiPropertyOptional() published?: string;
  @ApiPropertyOptional() translated?: string;
  @ApiPropertyOptional() enriched?: string;
  @ApiPropertyOptional() indexed?: string;
}

export class SightingDto {
  @ApiProperty() sourceId: string;
  @ApiPropertyOptional({ nullable: true }) url: string | null;
  @ApiProperty() firstSeenAt: string;
  @ApiProperty() lastSeenAt: string;
  @ApiProperty() timesSeen: number;
}

export class LastErrorDto {
  @ApiProperty() message: string;
  @ApiProperty() at: string;
  @ApiPropertyOptional({ description: 'The stage that dead-lettered the release (translate, enrich, index, feeds, ingest)', example: 'enrich' })
  stage?: string;
  @ApiPropertyOptional({ description: "The DLQ record's x-error-code", example: 'CONTRACT.INVALID' })
  code?: string;
}

export class ReleaseStatusDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: LEDGER_STAGES, description: 'The furthest stage reached' }) status: LedgerStatus;
  @ApiProperty() source: string;
  @ApiPropertyOptional() url?: string;
  @ApiProperty() title: string;
  @ApiProperty() revision: number;
  @ApiProperty() contentHash: string;
  @ApiProperty({ description: 'Near-duplicate cluster (release id of the first copy seen)' }) clusterId: string;
  @ApiProperty({ type: StageTimesDto }) stages: StageTimesDto;
  @ApiPropertyOptional({ type: LastErrorDto }) lastError?: LastErrorDto;
  @ApiProperty({ description: 'Raw input size in bytes (kept compressed)' }) rawBytes: number;
  @ApiProperty({ type: [SightingDto], description: 'Every source and URL this exact text was seen at' }) sightings: SightingDto[];
  @ApiProperty({ type: [String], description: 'Other releases in the same near-duplicate cluster' }) alsoPublishedAs: string[];
}

/** Which ledger rows to publish again. At least one filter, or `all`. */
export class ReplayDto {
  @ApiPropertyOptional({ description: 'Only releases received at or after this instant', example: '2026-11-01T00:00:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true })
  since?: string;

  @ApiPropertyOptional({ example: 'mid.ru' })
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9._-]{0,199}$/, { message: 'source must be a lowercase slug (a-z, 0-9, . _ -)' })
  source?: string;

  @ApiPropertyOptional({ example: 'rel_3f2a9c0d1b7e4a5f6c8d9e0f' })
  @IsOptional()
  @Matches(RELEASE_ID_PATTERN, { message: 'id must be a release id (rel_ + 24 hex)' })
  id?: string;

  @ApiPropertyOptional({ description: 'Replay the whole ledger (required when no filter is given)' })
  @IsOptional()
  @IsBoolean()
  all?: boolean;
}

export class ReplayResultDto {
  @ApiProperty() replayed: number;
}
