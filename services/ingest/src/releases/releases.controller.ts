import {
  BadRequestException,
  Body,
  Controller,
  Headers,
  HttpStatus,
  Post,
  Query,
  Res,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { describeValidationErrors } from '@demarche/contracts';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { Response } from 'express';
import { PushQuery, PushReleaseDto, PushResultDto } from './push-release.dto.js';
import { ReleasesService, type IngestInput } from './releases.service.js';

const TEXT_TYPES = ['text/plain', 'text/html', 'application/xhtml+xml'];

@ApiTags('releases')
@Controller('releases')
export class ReleasesController {
  constructor(private readonly releases: ReleasesService) {}

  @Post()
  @ApiOperation({
    summary: 'Push one release',
    description:
      'text/plain: scraped page text (title, dateline, paragraphs; page furniture is removed). ' +
      'text/html: a whole page. application/json: PushReleaseDto. ' +
      'Answers 202 with the release id, or 200 with status "duplicate" when the same release is already known.',
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
    const outcome = await this.releases.ingest(this.toInput(contentType, query, body));
    res.status(outcome.status === 'duplicate' ? HttpStatus.OK : HttpStatus.ACCEPTED);
    return outcome;
  }

  private toInput(contentType: string | undefined, query: Record<string, unknown>, body: unknown): IngestInput {
    const mediaType = (contentType ?? '').split(';')[0].trim().toLowerCase();
    if (mediaType === 'application/json') {
      const dto = validated(PushReleaseDto, body);
      return {
        format: dto.html !== undefined ? 'html' : 'text',
        content: dto.html ?? [dto.title, dto.body].filter(Boolean).join('\n\n'),
        contentType: mediaType,
        sourceId: dto.source,
        url: dto.url,
        language: dto.language,
        timezone: dto.timezone,
        publishedAt: dto.publishedAt,
      };
    }
    if (TEXT_TYPES.includes(mediaType)) {
      const params = validated(PushQuery, query);
      if (typeof body !== 'string' || body.trim() === '') {
        throw new BadRequestException('The request body is empty: send the release text');
      }
      return {
        format: mediaType === 'text/plain' ? 'text' : 'html',
        content: body,
        contentType: mediaType,
        sourceId: params.source,
        url: params.url,
        language: params.language,
        timezone: params.timezone,
      };
    }
    throw new UnsupportedMediaTypeException(
      `Content-Type ${mediaType || '(none)'} is not accepted: use text/plain, text/html or application/json`,
    );
  }
}

function validated<T extends object>(dto: new () => T, plain: unknown): T {
  if (typeof plain !== 'object' || plain === null || Array.isArray(plain)) {
    throw new BadRequestException('Expected a JSON object');
  }
  const value = plainToInstance(dto, plain);
  const problems = describeValidationErrors(validateSync(value, { whitelist: true, forbidNonWhitelisted: true }));
  if (problems.length > 0) throw new BadRequestException(problems);
  return value;
}
