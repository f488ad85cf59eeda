import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import { Delivery } from '../delivery/delivery.entity.js';
import { DeliveryAttempt } from '../delivery/delivery-attempt.entity.js';
import { FeedItem } from '../items/feed-item.entity.js';
import { FeedRelease } from '../items/feed-release.entity.js';
import { Subscription } from '../subscriptions/subscription.entity.js';
import { CreateFeedsTables1764400000000 } from '../migrations/1764400000000-CreateFeedsTables.js';

/** PostgreSQL when DATABASE_URL is set, otherwise an embedded SQLite file. Schema by migrations only. */
export function databaseOptions(env: { DATABASE_URL?: string; SQLITE_PATH: string }): DataSourceOptions {
  const common: Pick<DataSourceOptions, 'entities' | 'migrations' | 'migrationsRun' | 'migrationsTableName' | 'synchronize'> = {
    entities: [Subscription, FeedItem, FeedRelease, Delivery, DeliveryAttempt],
    migrations: [CreateFeedsTables1764400000000],
    migrationsRun: true,
    migrationsTableName: 'feeds_migrations',
    synchronize: false,
  };
  if (env.DATABASE_URL) {
    return { type: 'postgres', url: env.DATABASE_URL, ...common };
  }
  mkdirSync(dirname(env.SQLITE_PATH), { recursive: true });
  return { type: 'better-sqlite3', database: env.SQLITE_PATH, ...common };
}
