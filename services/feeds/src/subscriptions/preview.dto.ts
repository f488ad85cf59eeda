import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import type { MatchReason } from '../items/feed-item.entity.js';
import { SubscriptionFilterDto } from './subscription.dto.js';

export class PreviewRequestDto {
  @ApiProperty({ type: SubscriptionFilterDto, description: 'A draft filter, as it would be saved' })
  @ValidateNested()
  @Type(() => SubscriptionFilterDto)
  filter: SubscriptionFilterDto;

  @ApiPropertyOptional({ default: 7, minimum: 1, maximum: 90, description: 'Run over releases published in the last N days' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(90)
  days?: number;

  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 200 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ default: false, description: 'As delivery.everyCopy: one item per syndicated copy' })
  @IsOptional()
  @IsBoolean()
  everyCopy?: boolean;
}

export class PreviewItemView {
  @ApiProperty() releaseId: string;
  @ApiProperty() clusterId: string;
  @ApiProperty() title: string;
  @ApiPropertyOptional() url?: string;
  @ApiPropertyOptional() publishedAt?: string;
  @ApiProperty() source: string;
  @ApiProperty() language: string;
  @ApiProperty({ description: 'Why it would have matched: rule, value, evidence; for a query also terms and highlighted fragments' })
  why: MatchReason[];
  @ApiProperty({ description: 'Later syndicated copies of the story (folded into this item unless everyCopy)' })
  alsoPublishedBy: Array<{ releaseId: string; source: string }>;
}

export class PreviewView {
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty({ description: 'Releases of the period the filter would have delivered' }) total: number;
  @ApiProperty({ description: 'More matched than were scanned or shown' }) truncated: boolean;
  @ApiProperty({ type: [PreviewItemView], description: 'Newest first' }) items: PreviewItemView[];
}
