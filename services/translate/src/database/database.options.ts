import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import { CachedTranslation } from '../cache/cached-translation.entity.js';
import { PendingTranslation } from '../pending/pending-translation.entity.js';
import { CreateTranslationTables1764330000000 } from '../migrations/1764330000000-CreateTranslationTables.js';

/** PostgreSQL when DATABASE_URL is set, otherwise an embedded SQLite file. Schema by migrations only. */
export function databaseOptions(env: { DATABASE_URL?: string; SQLITE_PATH: string }): DataSourceOptions {
  const common: Pick<DataSourceOptions, 'entities' | 'migrations' | 'migrationsRun' | 'migrationsTableName' | 'synchronize'> = {
    entities: [CachedTranslation, PendingTranslation],
    migrations: [CreateTranslationTables1764330000000],
    migrationsRun: true,
    // Own migrations table: the services may share one database.
    migrationsTableName: 'translate_migrations',
    synchronize: false,
  };
  if (env.DATABASE_URL) {
    return { type: 'postgres', url: env.DATABASE_URL, ...common };
  }
  mkdirSync(dirname(env.SQLITE_PATH), { recursive: true });
  // WAL: cache writes neither block readers nor wait on a full fsync each (better-sqlite3 is synchronous).
  return { type: 'better-sqlite3', database: env.SQLITE_PATH, enableWAL: true, ...common };
}
