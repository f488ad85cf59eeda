import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DataSourceOptions } from 'typeorm';

export interface RelationalStore {
  /** Names the migrations table (`<service>_migrations`): the services may share one database. */
  service: string;
  entities: NonNullable<DataSourceOptions['entities']>;
  migrations: NonNullable<DataSourceOptions['migrations']>;
}

/**
 * PostgreSQL when DATABASE_URL is set, otherwise an embedded SQLite file. Schema by migrations
 * only, never `synchronize`.
 */
export function databaseOptions(
  store: RelationalStore,
  env: { DATABASE_URL?: string; SQLITE_PATH: string },
): DataSourceOptions {
  const common = {
    entities: store.entities,
    migrations: store.migrations,
    migrationsRun: true,
    migrationsTableName: `${store.service}_migrations`,
    synchronize: false,
  };
  if (env.DATABASE_URL) {
    return { type: 'postgres', url: env.DATABASE_URL, ...common };
  }
  mkdirSync(dirname(env.SQLITE_PATH), { recursive: true });
  // WAL: writers neither block readers nor wait on a full fsync each (better-sqlite3 is synchronous).
  return { type: 'better-sqlite3', database: env.SQLITE_PATH, enableWAL: true, ...common };
}
