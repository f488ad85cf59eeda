import { describe, expect, it } from 'vitest';
import type { ReleaseIngestedV1 } from '@demarche/contracts';
import { scrapedRelease } from '@demarche/testing';
import { QueryFailedError } from 'typeorm';
import type { ReleasesConfig, TemplateConfig } from '../config/ingest.config.js';
import type { DedupeService } from '../dedupe/dedupe.service.js';
import type { TemplateService } from '../templates/template.service.js';
import type { IngestInput } from './release-event.js';
import type { NewRelease, ReleaseLedgerRepository } from './release-ledger.repository.js';
import type { ReleasePublisher } from './release-publisher.js';
import type { ReleaseRecord } from './release.entity.js';
import { UnprocessableReleaseError } from './release.errors.js';
import { ReleasesService } from './releases.service.js';
import type { SecondOpinionService } from './second-opinion.service.js';

/** The ledger, dedupe and Kafka as maps and lists: what ReleasesService decides is what is asserted. */
function newTestService(opts: { failWrites?: number; failPublish?: boolean; secondOpinion?: string[] } = {}) {
  const rows = new Map<string, ReleaseRecord>();
  const sightings: { releaseId: string; sourceId: string }[] = [];
  const published: ReleaseIngestedV1[] = [];
  const recorded: NewRelease[][] = [];
  let failWrites = opts.failWrites ?? 0;
  const writes = { tried: 0 };
  const ledger = {
    clustersOfKnown: async (ids: string[]) => new Map(ids.filter((id) => rows.has(id)).map((id) => [id, rows.get(id)!.clusterId])),
    record: async (releases: NewRelease[]) => {
      writes.tried++;
      if (failWrites-- > 0) throw new QueryFailedError('INSERT INTO release_ledger', [], Object.assign(new Error('UNIQUE constraint failed'), { code: 'SQLITE_CONSTRAINT_PRIMARYKEY' }));
      recorded.push(releases);
      for (const { row } of releases) rows.set(row.id, { ...row });
    },
  } as unknown as ReleaseLedgerRepository;
  const dedupe = {
    findExact: async (hashes: string[]) => new Map([...rows.values()].filter((r) => hashes.includes(r.contentHash)).map((r) => [r.contentHash, r])),
    clustersOf: async (releases: unknown[]) => releases.map(() => undefined),
    recordSighting: async (releaseId: string, sourceId: string) => void sightings.push({ releaseId, sourceId }),
  } as unknown as DedupeService;
  const send = async (event: ReleaseIngestedV1) => {
    if (opts.failPublish) throw new Error('kafka unavailable: broker down');
    published.push(event);
    rows.get(event.id)!.status = 'published';
  };
  const publisher = { publish: send, publishAll: (events: ReleaseIngestedV1[]) => events.map(send) } as unknown as ReleasePublisher;
  const config = { defaultSource: 'push', defaultTimezone: 'Pacific/Auckland' } as ReleasesConfig;
  const templateConfig = { learning: 'off' } as TemplateConfig;
  const templates = { strip: async (_: string, p: string[]) => p, learn: async () => undefined } as unknown as TemplateService;
  const secondOpinion = { paragraphsOf: async (i: IngestInput) => (i.format === 'html' ? opts.secondOpinion : undefined) } as SecondOpinionService;
  const service = new ReleasesService(ledger, dedupe, publisher, config, templateConfig, templates, secondOpinion);
  return { service, rows, sightings, published, recorded, writes };
}

const scraped = scrapedRelease('svc-1');
const input = (fields: Partial<IngestInput> = {}): IngestInput => ({ content: scraped.text, format: 'text', contentType: 'text/plain', ...fields });

describe('ReleasesService', () => {
  it('records a new release, publishes it and answers accepted', async () => {
    const { service, rows, published } = newTestService();
    const outcome = await service.ingest(input({ sourceId: 'embassy-nz' }));
    expect(outcome).toMatchObject({ status: 'accepted', title: scraped.title, language: 'en' });
    expect(outcome.clusterId).toBe(outcome.id);
    expect(rows.get(outcome.id)).toMatchObject({ sourceId: 'embassy-nz', title: scraped.title, status: 'published', contentType: 'text/plain' });
    expect(published.map((e) => e.id)).toEqual([outcome.id]);
  });

  it('records the same text from another source as a sighting of the first, not a new release', async () => {
    const { service, rows, sightings, published } = newTestService();
    const first = await service.ingest(input({ sourceId: 'embassy-nz' }));
    const copy = await service.ingest(input({ sourceId: 'embassy-fj' }));
    expect(copy).toMatchObject({ status: 'duplicate', id: first.id });
    expect(rows.size).toBe(1);
    expect(sightings).toEqual([{ releaseId: first.id, sourceId: 'embassy-fj' }]);
    expect(published).toHaveLength(1);
  });

  it('finishes the publish of a copy whose release was recorded but never confirmed', async () => {
    const { service, rows, published } = newTestService();
    const first = await service.ingest(input());
    rows.get(first.id)!.status = 'received';
    expect(await service.ingest(input({ sourceId: 'embassy-fj' }))).toMatchObject({ status: 'accepted', id: first.id });
    expect(published).toHaveLength(2);
  });

  it('makes new text at a known URL a new revision of the release: updated, same cluster', async () => {
    const { service, recorded } = newTestService();
    const url = 'https://embassy.example.org/news/42';
    const first = await service.ingest(input({ url }));
    const corrected = await service.ingest(input({ url, content: scraped.text.replace('Dame Meg Taylor', 'Henry Puna') }));
    expect(corrected).toMatchObject({ status: 'updated', id: first.id, clusterId: first.id });
    expect(recorded.map((group) => group.map((r) => r.revision))).toEqual([[false], [true]]);
  });

  it('settles a batch line by line: two copies of one text are one release, a bad line fails alone', async () => {
    const { service, rows } = newTestService();
    const binary = Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 37) % 256)).toString('latin1');
    const results = await service.ingestMany([input(), input({ content: binary }), input({ sourceId: 'embassy-fj' })]);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value.status : 'rejected'))).toEqual(['accepted', 'rejected', 'duplicate']);
    expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(UnprocessableReleaseError);
    expect(rows.size).toBe(1);
  });

  it('retries a write another instance won as a new revision of the release', async () => {
    const { service, recorded, writes } = newTestService({ failWrites: 1 });
    const before = Date.now();
    const outcome = await service.ingest(input());
    expect(outcome.status).toBe('accepted');
    expect(writes.tried).toBe(2);
    expect(recorded).toHaveLength(1);
    expect(recorded[0][0].row.revision).toBeGreaterThanOrEqual(before);
  });

  it('makes the extractor server\'s answer for a page first extracted without it a revision, not a second release', async () => {
    const lead = 'The Minister of Foreign Affairs met her counterpart in Wellington on Monday to discuss the fisheries agreement.';
    const missed = 'Both ministers agreed to meet again before the end of the year, in Suva, to sign the renewed agreement text.';
    const page = input({ content: `<article><h1>Ministers meet</h1><p>${lead}</p><p>Media contact: press office</p></article>`, format: 'html', contentType: 'text/html' });
    const opinion: { secondOpinion?: string[] } = {};
    const { service, rows } = newTestService(opinion);
    const during = await service.ingest(page);
    opinion.secondOpinion = [lead, missed];
    const after = await service.ingest(page);
    expect(after).toMatchObject({ status: 'updated', id: during.id });
    expect(rows.size).toBe(1);
    expect((await service.extractEvent(page)).paragraphs).toEqual([lead, missed]);
  });

  it('fails the push when its publish fails, with the recorded row left for the republisher', async () => {
    const { service, rows } = newTestService({ failPublish: true });
    await expect(service.ingest(input())).rejects.toThrow('broker down');
    expect([...rows.values()].map((r) => r.status)).toEqual(['received']);
  });
});
