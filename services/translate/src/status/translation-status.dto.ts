import { ApiProperty } from '@nestjs/swagger';

export class BackendStatusDto {
  @ApiProperty({ example: 'apertium' }) name: string;
  @ApiProperty({ description: 'Part of the cache key: API version, model, or `apy`', example: 'apy' }) version: string;
  @ApiProperty({ enum: ['closed', 'open', 'half-open'], description: 'open: calls fail at once and targets go pending' }) circuit: 'closed' | 'open' | 'half-open';
  @ApiProperty({ type: [String], nullable: true, description: 'Pairs last discovered (`from>to`); null while never reached', example: ['en>es', 'es>en'] })
  pairs: string[] | null;
}

export class TranslationStatusDto {
  @ApiProperty({ type: [BackendStatusDto] }) backends: BackendStatusDto[];
  @ApiProperty({ description: 'Releases waiting for a backend to translate a pending target' }) pendingReleases: number;
}
