import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { ENTITY_TYPES, type EntityType } from '@demarche/contracts';

export class EntitySuggestQueryDto {
  @ApiPropertyOptional({ description: 'Start of the name or of any word of it, case-insensitive', example: 'Till' })
  @IsString()
  @Length(1, 100)
  prefix: string;

  @ApiPropertyOptional({ enum: ENTITY_TYPES })
  @IsOptional()
  @IsIn(ENTITY_TYPES)
  type?: EntityType;

  @ApiPropertyOptional({ default: 10, minimum: 1, maximum: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit: number = 10;
}
