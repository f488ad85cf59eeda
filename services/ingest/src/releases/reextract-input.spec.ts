import { describe, expect, it } from 'vitest';
import type { ReleaseIngestedV1 } from '@demarche/contracts';
import { encodeRaw } from './raw-codec.js';
import { inputFromRecord } from './reextract.service.js';

const recorded = (over: Partial<ReleaseIngestedV1>): ReleaseIngestedV1 => ({
  id: 'rel_0123456789abcdef01234567',
  revision: 1,
  source: { id: 'mid.ru', name: 'MID' },
  title: 'Talks with Chile',
  paragraphs: ['Text.'],
  language: 'en',
  ingestedAt: '2026-11-02T08:00:00.000Z',
  contentHash: 'a'.repeat(64),
  ...over,
});

describe('inputFromRecord', () => {
  it('re-creates a text push from its raw bytes, fetched at its ingest time', () => {
    const row = { ...encodeRaw('Title\n\nBody.'), contentType: 'text/plain; charset=utf-8', url: null };
    expect(inputFromRecord(row, recorded({ titleSource: 'markup' }))).toMatchObject({ format: 'text', content: 'Title\n\nBody.', sourceId: 'mid.ru', fetchedAt: '2026-11-02T08:00:00.000Z' });
    expect(inputFromRecord(row, recorded({ titleSource: 'markup' })).title).toBeUndefined();
  });

  it('keeps a stated title and date as hints, and tells a JSON HTML push from a JSON body', () => {
    const html = { ...encodeRaw('<p>Body of the page.</p>'), contentType: 'application/json', url: 'https://mid.ru/1' };
    const input = inputFromRecord(html, recorded({ titleSource: 'given', publishedAt: '2019-05-27', dateSource: 'feed' }));
    expect(input).toMatchObject({ format: 'html', title: 'Talks with Chile', publishedAt: '2019-05-27', dateSource: 'feed', url: 'https://mid.ru/1' });
    const body = { ...encodeRaw('The ministers met.'), contentType: 'application/json', url: null };
    expect(inputFromRecord(body, recorded({ dateSource: 'text', publishedAt: '2019-05-27' }))).toMatchObject({ format: 'text' });
    expect(inputFromRecord(body, recorded({ dateSource: 'text', publishedAt: '2019-05-27' })).publishedAt).toBeUndefined();
  });

  it("reads a registered source's release in the source's time zone and language", () => {
    const row = { ...encodeRaw('<p>Text.</p>'), contentType: 'application/rss+xml', url: null };
    expect(inputFromRecord(row, recorded({}), { timezone: 'Europe/Moscow', language: 'ru' })).toMatchObject({ format: 'html', timezone: 'Europe/Moscow', language: 'ru' });
    expect(inputFromRecord(row, recorded({}), null).timezone).toBeUndefined();
  });

  it('decodes a legacy charset kept as raw bytes', () => {
    const row = { ...encodeRaw(Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2])), contentType: 'text/plain; charset=windows-1251', url: null };
    expect(inputFromRecord(row, recorded({})).content).toBe('Привет');
  });
});
