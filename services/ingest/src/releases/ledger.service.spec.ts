import 'reflect-metadata';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReleaseIngestedV1 } from '@demarche/contracts';
import type { EventPublisher } from '@demarche/kafka';
import { DataSource } from 'typeorm';
import type { ReleasesConfig } from '../config/ingest.config.js';
import { databaseOptions } from '../database/database.options.js';
import { DedupeService } from '../dedupe/dedupe.service.js';
import { NearKeyRecord } from '../dedupe/near-key.entity.js';
import { SightingRecord } from '../dedupe/sighting.entity.js';
import type { TemplateService } from '../templates/template.service.js';
import { ledgerRow } from './ledger-row.js';
import { LedgerService } from './ledger.service.js';
import { InvalidRequestError, UnknownReleaseError } from './release.errors.js';
import { ReleaseRecord } from './release.entity.js';

let db: DataSource;
let ledger: LedgerService;
let published: ReleaseIngestedV1[];
beforeEach(async () => {
  // A real in-memory SQLite ledger with the service's own migrations; Kafka and templates are fakes.
  db = await new DataSource(databaseOptions({ SQLITE_PATH: ':memory:' })).initialize();
  published = [];
  const dedupe = new DedupeService(db.getRepository(ReleaseRecord), db.getRepository(NearKeyRecord), db.getRepository(SightingRecord), { nearDuplicateThreshold: 0.5 } as ReleasesConfig);
  const publisher = { publish: async (_: unknown, event: ReleaseIngestedV1) => void published.push(event) } as unknown as EventPublisher;
  const templates = { strip: async (_: string, paragraphs: string[]) => paragraphs.filter((p) => p !== 'Popular articles') } as unknown as TemplateService;
  ledger = new LedgerService(db.getRepository(ReleaseRecord), dedupe, publisher, templates);
});
afterEach(() => db.destroy());

const at = (minute: number) => new Date(Date.UTC(2018, 2, 3, 10, minute)).toISOString();
const id = (n: number) => `rel_${String(n).padStart(24, '0')}`;
async function record(n: number, fields: { sourceId?: string; clusterId?: string; minute?: number } = {}) {
  const event: ReleaseIngestedV1 = {
    id: id(n),
    revision: 1000 + n,
    source: { id: fields.sourceId ?? 'embassy-nz' },
    title: `Release ${n}`,
    paragraphs: [`Body of release ${n}.`, 'Popular articles'],
    language: 'en',
    ingestedAt: at(fields.minute ?? n % 60),
    contentHash: `hash${n}`,
    nearDuplicateClusterId: fields.clusterId ?? id(n),
  };
  await db.getRepository(ReleaseRecord).insert(ledgerRow(event, { contentType: 'text/plain', content: event.paragraphs.join('\n') }, new Uint32Array(4)));
  return event;
}

describe('LedgerService', () => {
  it('tells the status of a release: stages, last error, the other releases of its cluster', async () => {
    await record(1);
    await record(2, { clusterId: id(1) });
    expect(await ledger.recordStage(id(2), 1002, 'translated', at(5))).toBe(true);
    expect(await ledger.recordError(id(2), 'enrich: recogniser down', at(6), { stage: 'enrich', code: 'ENRICH.RECOGNISER' })).toBe(true);
    const status = await ledger.status(id(2));
    expect(status).toMatchObject({ id: id(2), status: 'translated', clusterId: id(1), alsoPublishedAs: [id(1)], title: 'Release 2' });
    expect(status.stages).toEqual({ received: at(2), published: at(5), translated: at(5) });
    expect(status.lastError).toEqual({ message: 'enrich: recogniser down', at: at(6), stage: 'enrich', code: 'ENRICH.RECOGNISER' });
    expect(status.rawBytes).toBe('Body of release 2.\nPopular articles'.length);
  });

  it('refuses an unknown release with UnknownReleaseError, and ignores a stage of an unknown release or an older revision', async () => {
    await expect(ledger.status(id(9))).rejects.toBeInstanceOf(UnknownReleaseError);
    await record(1);
    expect(await ledger.recordStage(id(9), 1, 'indexed')).toBe(false);
    expect(await ledger.recordStage(id(1), 500, 'indexed')).toBe(false);
    expect((await ledger.status(id(1))).status).toBe('received');
  });

  it('refuses a replay without any filter', async () => {
    await expect(ledger.replay({})).rejects.toBeInstanceOf(InvalidRequestError);
  });

  it('reads every matching row, oldest first, across pages of 100, also rows received at the same time', async () => {
    for (let n = 1; n <= 230; n++) await record(n, { minute: Math.floor(n / 3) % 60, sourceId: n % 2 ? 'embassy-nz' : 'embassy-fj' });
    const ids: string[] = [];
    for await (const row of ledger.recordsMatching({ source: 'embassy-nz' })) ids.push(row.id);
    expect(ids).toHaveLength(115);
    expect(new Set(ids).size).toBe(115);
    const since: string[] = [];
    for await (const row of ledger.recordsMatching({ all: true, since: at(50) })) since.push(row.receivedAt);
    expect(since.length).toBeGreaterThan(0);
    expect(since[0]).toBe(at(50));
    expect([...since].sort()).toEqual(since);
  });

  it('replays recorded events unchanged but for the template learnt since', async () => {
    const event = await record(7);
    expect(await ledger.replay({ id: id(7) })).toBe(1);
    expect(published).toEqual([{ ...event, paragraphs: ['Body of release 7.'] }]);
  });
});
