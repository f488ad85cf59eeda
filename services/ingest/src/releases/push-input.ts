import { BadRequestException, UnsupportedMediaTypeException } from '@nestjs/common';
import { describeValidationErrors } from '@demarche/contracts';
import { decodeBytes } from '@demarche/text';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { PushQuery, PushReleaseDto } from './push-release.dto.js';
import type { IngestInput } from './release-event.js';

export const TEXT_TYPES = ['text/plain', 'text/html', 'application/xhtml+xml'];

/** A validated JSON push as ingest input: its title and date are stated, so they are used as they are. */
export function jsonInput(plain: unknown): IngestInput {
  const dto = validated(PushReleaseDto, plain);
  return {
    format: dto.html !== undefined ? 'html' : 'text',
    content: dto.html ?? dto.body ?? '',
    title: dto.title,
    contentType: 'application/json',
    sourceId: dto.source,
    url: dto.url,
    language: dto.language,
    timezone: dto.timezone,
    publishedAt: dto.publishedAt,
  };
}

/** A push of any accepted media type as ingest input; throws the 4xx that names what is wrong. */
export function pushInput(contentType: string | undefined, query: Record<string, unknown>, body: unknown): IngestInput {
  const mediaType = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (mediaType === 'application/json') return jsonInput(body);
  if (TEXT_TYPES.includes(mediaType)) {
    const params = validated(PushQuery, query);
    const html = mediaType !== 'text/plain';
    const decoded = Buffer.isBuffer(body) ? decodeBytes(body, { declared: contentType, sniffMarkup: html }) : undefined;
    const text = decoded?.text ?? body;
    if (typeof text !== 'string' || text.trim() === '') {
      throw new BadRequestException({ statusCode: 400, error: 'Bad Request', code: 'INGEST.EMPTY', message: 'The request body is empty: send the release text' });
    }
    return {
      format: html ? 'html' : 'text',
      content: text,
      rawBytes: Buffer.isBuffer(body) ? body : undefined,
      contentType: decoded ? `${mediaType}; charset=${decoded.charset}` : mediaType,
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

export function validated<T extends object>(dto: new () => T, plain: unknown): T {
  if (typeof plain !== 'object' || plain === null || Array.isArray(plain)) {
    throw new BadRequestException('Expected a JSON object');
  }
  const value = plainToInstance(dto, plain);
  const problems = describeValidationErrors(validateSync(value, { whitelist: true, forbidNonWhitelisted: true }));
  if (problems.length > 0) throw new BadRequestException(problems);
  return value;
}
