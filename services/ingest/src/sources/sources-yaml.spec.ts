import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SOURCE_ID, SourceSettingsDto } from './source.dto.js';
import { parseInterval } from './sources.service.js';

describe('the example sources.yaml', () => {
  const document = parse(readFileSync(new URL('../../../../sources.yaml', import.meta.url), 'utf8')) as { sources: Record<string, unknown>[] };

  it('holds only valid sources on reserved example hosts', () => {
    expect(document.sources.length).toBeGreaterThan(0);
    for (const { id, interval, ...rest } of document.sources) {
      expect(String(id)).toMatch(SOURCE_ID);
      const settings = plainToInstance(SourceSettingsDto, { ...rest, intervalSeconds: parseInterval(interval) });
      expect(validateSync(settings, { whitelist: true, forbidNonWhitelisted: true })).toEqual([]);
      expect(new URL(settings.url).hostname).toMatch(/\.example\.(org|com|net)$/);
    }
  });
});
