import { BadRequestException, Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post, Put, Res, UseFilters } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DomainErrorFilter } from '../http/domain-error.filter.js';
import { validated } from '../releases/push-input.js';
import { PollResultDto, SourceDto, SourceSettingsDto, SOURCE_ID } from './source.dto.js';
import { SourcesService } from './sources.service.js';
import { RequireScope } from '@demarche/platform';

const sourceId = (id: string) => {
  if (!SOURCE_ID.test(id)) throw new BadRequestException({ code: 'SOURCE.BAD_ID', message: 'id must be a lowercase slug (a-z, 0-9, . _ -)' });
  return id;
};

@ApiTags('sources')
@RequireScope('admin')
@Controller('sources')
@UseFilters(DomainErrorFilter)
export class SourcesController {
  constructor(private readonly sources: SourcesService) {}

  @Get()
  @ApiOperation({ summary: 'Every registered source with its settings and health' })
  @ApiResponse({ status: 200, type: [SourceDto] })
  list(): Promise<SourceDto[]> {
    return this.sources.list();
  }

  @Get(':id')
  @ApiOperation({ summary: 'One source: settings and health (last success, last error, items seen)' })
  @ApiParam({ name: 'id', example: 'mfa.example.org' })
  @ApiResponse({ status: 200, type: SourceDto })
  @ApiResponse({ status: 404, description: 'Unknown source (code SOURCE.UNKNOWN)' })
  get(@Param('id') id: string): Promise<SourceDto> {
    return this.sources.get(sourceId(id));
  }

  @Put(':id')
  @ApiOperation({ summary: 'Register a source or change its settings (health is kept)' })
  @ApiParam({ name: 'id', example: 'mfa.example.org' })
  @ApiBody({ type: SourceSettingsDto })
  @ApiResponse({ status: 201, type: SourceDto, description: 'Created' })
  @ApiResponse({ status: 200, type: SourceDto, description: 'Updated' })
  @ApiResponse({ status: 400, description: 'Invalid settings; the message names each bad field' })
  async put(@Param('id') id: string, @Body() body: unknown, @Res({ passthrough: true }) res: Response): Promise<SourceDto> {
    const { source, created } = await this.sources.upsert(sourceId(id), validated(SourceSettingsDto, body));
    res.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return source;
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Remove a source (its releases stay)' })
  @ApiResponse({ status: 204 })
  @ApiResponse({ status: 404, description: 'Unknown source' })
  remove(@Param('id') id: string): Promise<void> {
    return this.sources.remove(sourceId(id));
  }

  @Post(':id/poll')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Poll a source now; the answer says what the poll found (errors also land in its health)' })
  @ApiResponse({ status: 200, type: PollResultDto })
  @ApiResponse({ status: 404, description: 'Unknown source' })
  poll(@Param('id') id: string): Promise<PollResultDto> {
    return this.sources.pollNow(sourceId(id));
  }
}
