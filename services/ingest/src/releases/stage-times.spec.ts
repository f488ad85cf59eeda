import 'reflect-metadata';
import { DataSource, type Repository } from 'typeorm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CreateReleaseLedger1764300000000 } from '../migrations/1764300000000-CreateReleaseLedger.js';
import { LedgerStagesSightingsClusters1764400000000 } from '../migrations/1764400000000-LedgerStagesSightingsClusters.js';
import { LedgerErrorStage1764800000000 } from '../migrations/1764800000000-LedgerErrorStage.js';
import { LEDGER_STAGES, ReleaseRecord } from './release.entity.js';
import { recordStageTimes } from './stage-times.js';

const ID = 'rel_0123456789abcdef';
const REVISION = 1_764_000_000_000;
const t = (second: number) => `2026-12-03T10:00:${String(second).padStart(2, '0')}.000Z`;

/** The stages a reader of the ledger sees, in pipeline order. */
async function stagesOf(ledger: Repository<ReleaseRecord>) {
  const row = await ledger.findOneByOrFail({ id: ID });
  const times = { received: row.receivedAt, published: row.publishedAt, translated: row.translatedAt, enriched: row.enrichedAt, indexed: row.indexedAt };
  return { status: row.status, times };
}

/** A stage is never shown without every stage before it. */
function expectNoGap(times: Record<string, string | null>) {
  const seen = LEDGER_STAGES.map((stage) => times[stage] !== null);
  expect(seen.slice(0, seen.lastIndexOf(true) + 1).every(Boolean)).toBe(true);
}

describe('recordStageTimes', () => {
  let dataSource: DataSource;
  let ledger: Repository<ReleaseRecord>;

  beforeAll(async () => {
    // A real (in-memory SQLite) ledger with the service's own migrations.
    dataSource = new DataSource({
      type: 'better-sqlite3',
      database: ':memory:',
      entities: [ReleaseRecord],
      migrations: [CreateReleaseLedger1764300000000, LedgerStagesSightingsClusters1764400000000, LedgerErrorStage1764800000000],
      migrationsRun: true,
    });
    await dataSource.initialize();
    ledger = dataSource.getRepository(ReleaseRecord);
  });

  afterAll(() => dataSource.destroy());

  beforeEach(async () => {
    await ledger.clear();
    await ledger.insert({
      id: ID, sourceId: 'mfa.example.org', url: null, title: 'A release', contentHash: 'h'.repeat(64), revision: REVISION,
      status: 'received', contentType: 'text/plain', raw: 'x', rawEncoding: 'utf8', event: '{}', clusterId: null, signature: null,
      receivedAt: t(0), publishedAt: null, translatedAt: null, enrichedAt: null, indexedAt: null,
      lastError: null, lastErrorAt: null, lastErrorStage: null, lastErrorCode: null,
    } as ReleaseRecord);
  });

  it('keeps earlier stages when a later one is recorded before ingest confirmed its publish (the race under load)', async () => {
    // translate was faster than ingest's own publish confirmation
    await recordStageTimes(ledger, [{ id: ID, revision: REVISION }], 'translated', t(2));
    let seen = await stagesOf(ledger);
    expect(seen.status).toBe('translated');
    expectNoGap(seen.times);

    await recordStageTimes(ledger, [{ id: ID, revision: REVISION }], 'published', t(3), 'exact');
    seen = await stagesOf(ledger);
    expect(seen.status).toBe('translated'); // never back
    expect(seen.times.published).toBe(t(2)); // not after the stage that followed it
    expectNoGap(seen.times);
  });

  it('shows no gap when the consumer reads enriched before translated, and ends with each stage’s own time', async () => {
    await recordStageTimes(ledger, [{ id: ID, revision: REVISION }], 'published', t(1), 'exact');
    await recordStageTimes(ledger, [{ id: ID, revision: REVISION }], 'enriched', t(4));
    let seen = await stagesOf(ledger);
    expect(seen.status).toBe('enriched');
    expectNoGap(seen.times);
    expect(seen.times.translated).toBe(t(4));

    await recordStageTimes(ledger, [{ id: ID, revision: REVISION }], 'translated', t(3));
    await recordStageTimes(ledger, [{ id: ID, revision: REVISION }], 'indexed', t(5));
    seen = await stagesOf(ledger);
    expect(seen.status).toBe('indexed');
    expect(seen.times).toEqual({ received: t(0), published: t(1), translated: t(3), enriched: t(4), indexed: t(5) });
  });

  it('ignores a later stage of an older revision than the ledger holds, and a publish of another revision', async () => {
    expect(await recordStageTimes(ledger, [{ id: ID, revision: REVISION - 1 }], 'indexed', t(5))).toBe(0);
    expect(await recordStageTimes(ledger, [{ id: ID, revision: REVISION + 1 }], 'published', t(5), 'exact')).toBe(0);
    expect((await stagesOf(ledger)).status).toBe('received');
  });

  it('confirms many releases in one statement', async () => {
    const other = { id: 'rel_fedcba9876543210', revision: REVISION };
    await ledger.insert({ ...(await ledger.findOneByOrFail({ id: ID })), ...other });
    expect(await recordStageTimes(ledger, [{ id: ID, revision: REVISION }, other], 'published', t(1), 'exact')).toBe(2);
  });
});
