import { Body, Controller, HttpCode, HttpStatus, Post, UseFilters } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiProperty, ApiResponse, ApiTags } from '@nestjs/swagger';
import { RequireScope } from '@demarche/platform';
import { DomainErrorFilter } from '../http/domain-error.filter.js';
import { validated } from './push-input.js';
import { ReplayDto } from './release-status.dto.js';
import { ReextractService } from './reextract.service.js';

export class ReextractResultDto {
  @ApiProperty({ description: 'Releases published again' }) replayed: number;
  @ApiProperty({ description: 'Of those, how many came out different and got a new revision' }) changed: number;
  @ApiProperty({ description: 'Inputs the current extractor refused: their recorded event was published' }) failed: number;
}

@ApiTags('releases')
@UseFilters(DomainErrorFilter)
@Controller('releases')
export class ReextractController {
  constructor(private readonly reextraction: ReextractService) {}

  @Post('reextract')
  @RequireScope('admin')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Replay releases through the current extractor, from the raw input kept in the ledger',
    description: 'Same ids; a release whose text, title, date or language changes gets a new revision that replaces the indexed one. Filters as for replay.',
  })
  @ApiBody({ type: ReplayDto })
  @ApiResponse({ status: 200, type: ReextractResultDto })
  @ApiResponse({ status: 400, description: 'Bad filter, or none given (code INGEST.REPLAY_UNBOUNDED)' })
  @ApiResponse({ status: 503, description: 'Kafka unavailable; retry later' })
  reextract(@Body() body: unknown): Promise<ReextractResultDto> {
    return this.reextraction.reextract(validated(ReplayDto, body ?? {}));
  }
}
