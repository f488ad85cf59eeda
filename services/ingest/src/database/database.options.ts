import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import { ReleaseRecord } from '../releases/release.entity.js';
import { CreateReleaseLedger1764300000000 } from '../migrations/1764300000000-CreateReleaseLedger.js';
import { LedgerStagesSightingsClusters1764400000000 } from '../migrations/1764400000000-LedgerStagesSightingsClusters.js';
import { CreateSources1764500000000 } from '../migrations/1764500000000-CreateSources.js';
import { SourceItemRecord } from '../sources/source-item.entity.js';
import { SourceRecord } from '../sources/source.entity.js';
import { NearKeyRecord } from '../dedupe/near-key.entity.js';
import { SightingRecord } from '../dedupe/sighting.entity.js';

/** PostgreSQL when DATABASE_URL is set, otherwise an embedded SQLite file. Schema by migrations only. */
export function databaseOptions(env: { DATABASE_URL?: string; SQLITE_PATH: string }): DataSourceOptions {
  const common: Pick<DataSourceOptions, 'entities' | 'migrations' | 'migrationsRun' | 'migrationsTableName' | 'synchronize'> = {
    entities: [ReleaseRecord, SightingRecord, NearKeyRecord, SourceRecord, SourceItemRecord],
    migrations: [CreateReleaseLedger1764300000000, LedgerStagesSightingsClusters1764400000000, CreateSources1764500000000],
    migrationsRun: true,
    migrationsTableName: 'ingest_migrations',
    synchronize: false,
  };
  if (env.DATABASE_URL) {
    return { type: 'postgres', url: env.DATABASE_URL, ...common };
  }
  mkdirSync(dirname(env.SQLITE_PATH), { recursive: true });
  return { type: 'better-sqlite3', database: env.SQLITE_PATH, ...common };
}
