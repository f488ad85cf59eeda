import { databaseOptions as relationalStore } from '@demarche/platform';
import { CachedTranslation } from '../cache/cached-translation.entity.js';
import { PendingTranslation } from '../pending/pending-translation.entity.js';
import { CreateTranslationTables1764330000000 } from '../migrations/1764330000000-CreateTranslationTables.js';

/** This service's tables and their migrations, in PostgreSQL or SQLite (see relationalStore). */
export const tables = { entities: [CachedTranslation, PendingTranslation], migrations: [CreateTranslationTables1764330000000] };

export const databaseOptions = (env: { DATABASE_URL?: string; SQLITE_PATH: string }) => relationalStore({ service: 'translate', ...tables }, env);
