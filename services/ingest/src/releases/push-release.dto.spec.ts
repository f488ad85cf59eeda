import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { describe, expect, it } from 'vitest';
import { describeValidationErrors } from '@demarche/contracts';
import { PushQuery, PushReleaseDto } from './push-release.dto.js';

/** The problems the controller would answer 400 with (same options as its `validated`). */
const problems = <T extends object>(dto: new () => T, plain: object) =>
  describeValidationErrors(validateSync(plainToInstance(dto, plain), { whitelist: true, forbidNonWhitelisted: true }));

describe('PushReleaseDto', () => {
  it('accepts a plain-text release with a source', () => {
    expect(problems(PushReleaseDto, { source: 'mid.ru', title: 'Statement', body: 'First.\nSecond.', language: 'ru' })).toEqual([]);
  });

  it('accepts a whole HTML page without a body', () => {
    expect(problems(PushReleaseDto, { source: 'mid.ru', html: '<html><body><p>Text</p></body></html>' })).toEqual([]);
  });

  it('requires a body when there is no html', () => {
    expect(problems(PushReleaseDto, { source: 'mid.ru', title: 'Only a title' })).toContain('body: body or html is required');
  });

  it('rejects a source that is not a lowercase slug', () => {
    expect(problems(PushReleaseDto, { source: 'MID RU', body: 'Text' })).toEqual([
      'source: source must be a lowercase slug (a-z, 0-9, . _ -)',
    ]);
  });

  it('rejects an unknown field by name', () => {
    expect(problems(PushReleaseDto, { source: 'mid.ru', body: 'Text', author: 'x' })).toEqual([
      'author: property author should not exist',
    ]);
  });

  it('rejects a non-ISO 639-1 language and a malformed publishedAt', () => {
    const found = problems(PushReleaseDto, { source: 'mid.ru', body: 'Text', language: 'eng', publishedAt: 'yesterday' });
    expect(found.map((p) => p.split(':')[0]).sort()).toEqual(['language', 'publishedAt']);
  });
});

describe('PushQuery', () => {
  it('accepts no parameters at all', () => {
    expect(problems(PushQuery, {})).toEqual([]);
  });

  it('accepts an http(s) URL and rejects one without a protocol', () => {
    expect(problems(PushQuery, { url: 'https://mid.ru/en/press/1' })).toEqual([]);
    expect(problems(PushQuery, { url: 'mid.ru/en/press/1' }).map((p) => p.split(':')[0])).toEqual(['url']);
  });
});
