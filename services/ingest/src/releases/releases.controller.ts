import { Body, Controller, Get, Headers, HttpCode, HttpStatus, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiParam, ApiProduces, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { BodyStreamError, decodedBody, supportedEncoding } from '../http/decoded-body.js';
import { DomainErrorFilter } from '../http/domain-error.filter.js';
import { BatchService } from './batch.service.js';
import { LedgerService } from './ledger.service.js';
import { pushInput, validated } from './push-input.js';
import { PushQuery, PushReleaseDto, PushResultDto } from './push-release.dto.js';
import { ReleaseStatusDto, ReplayDto, ReplayResultDto } from './release-status.dto.js';
import { ReleasesService } from './releases.service.js';
import { RequireScope } from '@demarche/platform';

@ApiTags('releases')
@RequireScope('ingest')
@Controller('releases')
@UseFilters(DomainErrorFilter)
export class ReleasesController {
  constructor(
    private readonly releases: ReleasesService,
    private readonly batches: BatchService,
    private readonly ledger: LedgerService,
  ) {}

  @Post()
  @ApiOperation({
    summary: 'Push one release',
    description:
      'text/plain: scraped page text (title, dateline, paragraphs; page furniture is removed). ' +
      'text/html: a whole page. application/json: PushReleaseDto. ' +
      'Answers 202 with the release id, or 200 with status "duplicate" when the same text is already known ' +
      '(from any source: the push is recorded as a sighting of the existing release).',
  })
  @ApiConsumes('text/plain', 'text/html', 'application/json')
  @ApiBody({ type: PushReleaseDto })
  @ApiResponse({ status: 202, type: PushResultDto })
  @ApiResponse({ status: 200, type: PushResultDto, description: 'Already ingested with the same text' })
  @ApiResponse({ status: 400, description: 'Invalid request; the message names each bad field' })
  @ApiResponse({ status: 415, description: 'Unsupported Content-Type' })
  @ApiResponse({ status: 422, description: 'No release could be extracted (code EXTRACT.*)' })
  @ApiResponse({ status: 503, description: 'Kafka unavailable; retry later' })
  async push(
    @Headers('content-type') contentType: string | undefined,
    @Query() query: Record<string, unknown>,
    @Body() body: unknown,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PushResultDto> {
    const outcome = await this.releases.ingest(pushInput(contentType, query, body));
    res.status(outcome.status === 'duplicate' ? HttpStatus.OK : HttpStatus.ACCEPTED);
    return outcome;
  }

  @Post('batch')
  @ApiOperation({
    summary: 'Push many releases as NDJSON, streamed',
    description:
      'One PushReleaseDto per line (application/x-ndjson). The answer streams one result line per record, in order: ' +
      '{"line", "id", "status": "accepted"|"updated"|"duplicate", …} or {"line", "status": "rejected", "error": {"httpStatus", "code", "message"}}. ' +
      'A bad line never fails its neighbours. Blank lines are skipped. `source` in the query is the default for lines without one.',
  })
  @ApiConsumes('application/x-ndjson')
  @ApiProduces('application/x-ndjson')
  @ApiQuery({ name: 'source', required: false })
  @ApiResponse({ status: 200, description: 'NDJSON result lines' })
  @ApiResponse({ status: 415, description: 'Not application/x-ndjson, or a Content-Encoding other than gzip / deflate (code INGEST.CONTENT_ENCODING)' })
  async batch(@Req() req: Request, @Res() res: Response, @Headers('content-type') contentType: string | undefined) {
    const mediaType = (contentType ?? '').split(';')[0].trim().toLowerCase();
    if (!['application/x-ndjson', 'application/ndjson', 'application/jsonl'].includes(mediaType)) {
      res.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).json({
        statusCode: 415,
        code: 'INGEST.MEDIA_TYPE',
        message: `Content-Type ${mediaType || '(none)'} is not accepted: use application/x-ndjson`,
      });
      return;
    }
    const encoding = supportedEncoding(req.headers['content-encoding']);
    if (!encoding) {
      res.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).json({
        statusCode: 415,
        code: 'INGEST.CONTENT_ENCODING',
        message: `Content-Encoding ${req.headers['content-encoding']} is not accepted: use gzip, deflate or none`,
      });
      return;
    }
    const params = validated(PushQuery, { source: req.query.source });
    res.status(HttpStatus.OK).setHeader('content-type', 'application/x-ndjson; charset=utf-8');
    res.flushHeaders();
    let closed = false;
    res.on('close', () => (closed = true));
    const body = decodedBody(req, encoding, this.batches.maxBodyBytes());
    try {
      for await (const result of this.batches.ingest(body, params.source)) {
        if (closed) break;
        if (!res.write(`${JSON.stringify(result)}\n`)) await new Promise((resolve) => res.once('drain', resolve));
      }
    } catch (error) {
      // The status line is long gone: the reason goes out as the last result line.
      if (!(error instanceof BodyStreamError)) throw error;
      if (!closed) res.write(`${JSON.stringify({ status: 'rejected', error: { httpStatus: error.httpStatus, code: error.code, message: error.message } })}\n`);
    }
    res.end();
  }

  @Get(':id/status')
  @ApiOperation({ summary: "A release's ledger record: stage times, last error, sightings, near-duplicate cluster" })
  @ApiParam({ name: 'id', example: 'rel_3f2a9c0d1b7e4a5f6c8d9e0f' })
  @ApiResponse({ status: 200, type: ReleaseStatusDto })
  @ApiResponse({ status: 400, description: 'Not a release id' })
  @ApiResponse({ status: 404, description: 'Unknown release (code INGEST.UNKNOWN_RELEASE)' })
  status(@Param('id') id: string): Promise<ReleaseStatusDto> {
    validated(ReplayDto, { id });
    return this.ledger.status(id);
  }

  @Post('replay')
  @RequireScope('admin')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Publish recorded releases again from the ledger, unchanged (no refetch)',
    description: 'E.g. to re-translate, re-enrich and re-index after an upgrade. Filters combine; `all: true` replays everything.',
  })
  @ApiBody({ type: ReplayDto })
  @ApiResponse({ status: 200, type: ReplayResultDto })
  @ApiResponse({ status: 400, description: 'Bad filter, or none given (code INGEST.REPLAY_UNBOUNDED)' })
  @ApiResponse({ status: 503, description: 'Kafka unavailable; retry later' })
  async replay(@Body() body: unknown): Promise<ReplayResultDto> {
    return { replayed: await this.ledger.replay(validated(ReplayDto, body ?? {})) };
  }
}
