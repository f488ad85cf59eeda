import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import { ReleaseRecord } from '../releases/release.entity.js';
import { CreateReleaseLedger1764300000000 } from '../migrations/1764300000000-CreateReleaseLedger.js';

/** PostgreSQL when DATABASE_URL is set, otherwise an embedded SQLite file. Schema by migrations only. */
export function databaseOptions(env: { DATABASE_URL?: string; SQLITE_PATH: string }): DataSourceOptions {
  const common: Pick<DataSourceOptions, 'entities' | 'migrations' | 'migrationsRun' | 'migrationsTableName' | 'synchronize'> = {
    entities: [ReleaseRecord],
    migrations: [CreateReleaseLedger1764300000000],
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
