import { describe, expect, it } from 'vitest';
import { scrapedRelease } from '@demarche/testing';
import { learnsTemplate, toReleaseEvent, type IngestInput } from './release-event.js';
import { UnprocessableReleaseError } from './release.errors.js';

const now = new Date('2018-03-04T08:00:00.000Z');
const defaults = { source: 'push', timezone: 'Pacific/Auckland', now };
const scraped = scrapedRelease('rev-1');
const input = (fields: Partial<IngestInput> = {}): IngestInput => ({ content: scraped.text, format: 'text', contentType: 'text/plain', ...fields });

describe('the event an input becomes', () => {
  it('takes the title, dateline and body from scraped text, without the page furniture', () => {
    const event = toReleaseEvent(input({ sourceId: 'embassy-nz' }), defaults);
    expect(event.title).toBe(scraped.title);
    expect(event.titleSource).not.toBe('given');
    expect(event.paragraphs).toEqual(scraped.paragraphs);
    expect(event.paragraphs.join('\n')).not.toContain('Popular articles');
    expect(event.source).toEqual({ id: 'embassy-nz' });
    expect(event.id).toMatch(/^rel_[0-9a-f]{24}$/);
    expect(event).toMatchObject({ revision: now.getTime(), ingestedAt: now.toISOString(), language: 'en' });
  });

  it('uses a stated title as stated, and keeps a stated date exactly as written', () => {
    const event = toReleaseEvent(input({ title: 'Stated title', publishedAt: '2018-03-03T09:00:00+13:00' }), defaults);
    expect(event).toMatchObject({ title: 'Stated title', titleSource: 'given', publishedAt: '2018-03-03T09:00:00+13:00', dateSource: 'given' });
  });

  it('gives the same text the same id and hash, whatever the revision, and another source another id', () => {
    const a = toReleaseEvent(input(), defaults);
    const b = toReleaseEvent(input(), { ...defaults, now: new Date('2018-03-05T00:00:00Z') });
    const c = toReleaseEvent(input({ sourceId: 'elsewhere' }), defaults);
    expect(b.id).toBe(a.id);
    expect(b.contentHash).toBe(a.contentHash);
    expect(b.revision).not.toBe(a.revision);
    expect(c.id).not.toBe(a.id);
    expect(c.contentHash).toBe(a.contentHash);
  });

  it('identifies a release with a URL by source and URL, so new text there is a revision of it', () => {
    const url = 'https://embassy.example.org/news/42';
    const first = toReleaseEvent(input({ url }), defaults);
    const corrected = toReleaseEvent(input({ url, content: scraped.text.replace('Dame Meg Taylor', 'Henry Puna') }), defaults);
    expect(corrected.id).toBe(first.id);
    expect(corrected.contentHash).not.toBe(first.contentHash);
    expect(first.url).toBe(url);
  });

  it('carries the registry details of the source', () => {
    expect(toReleaseEvent(input({ sourceName: 'Embassy in Wellington', sourceCountry: 'NZ' }), defaults).source).toEqual({ id: 'push', name: 'Embassy in Wellington', country: 'NZ' });
  });

  it('refuses binary data and content without words as UnprocessableReleaseError with their codes', () => {
    const binary = Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 37) % 256)).toString('latin1');
    expect(() => toReleaseEvent(input({ content: binary }), defaults)).toThrow(expect.objectContaining({ name: 'UnprocessableReleaseError', code: 'INGEST.BINARY' }));
    const empty = (() => {
      try {
        toReleaseEvent(input({ content: '  \n\n …  ' }), defaults);
      } catch (error) {
        return error;
      }
    })();
    expect(empty).toBeInstanceOf(UnprocessableReleaseError);
    expect((empty as UnprocessableReleaseError).code).toMatch(/^EXTRACT\./);
  });

  it('merges the second extractor\'s paragraphs into an HTML page, keeping the id our extraction gives', () => {
    const lead = 'The Minister of Foreign Affairs met her counterpart in Wellington on Monday to discuss the fisheries agreement.';
    const missed = 'Both ministers agreed to meet again before the end of the year, in Suva, to sign the renewed agreement text.';
    const page = `<html><body><nav><a href="/">Home</a></nav><article><h1>Ministers meet</h1><p>${lead}</p><p>Media contact: press office</p></article></body></html>`;
    const html = input({ content: page, format: 'html', contentType: 'text/html' });
    const alone = toReleaseEvent(html, defaults);
    const merged = toReleaseEvent(html, defaults, [lead, missed]);
    expect(alone.paragraphs).toContain('Media contact: press office');
    expect(merged.paragraphs).toEqual([lead, missed]);
    expect(merged.id).toBe(alone.id);
    expect(merged.contentHash).not.toBe(alone.contentHash);
    expect(toReleaseEvent(input(), defaults, ['ignored for text'])).toEqual(toReleaseEvent(input(), defaults));
  });

  it('refuses an unknown time zone', () => {
    expect(() => toReleaseEvent(input({ timezone: 'Mars/Olympus_Mons' }), defaults)).toThrow(expect.objectContaining({ code: 'EXTRACT.BAD_TIMEZONE' }));
  });
});

describe('template learning', () => {
  it('learns from registered sources only by default, from every input with "all", from none with "off"', () => {
    expect(learnsTemplate('registered', { registeredSource: true })).toBe(true);
    expect(learnsTemplate('registered', {})).toBe(false);
    expect(learnsTemplate('all', {})).toBe(true);
    expect(learnsTemplate('off', { registeredSource: true })).toBe(false);
  });
});
