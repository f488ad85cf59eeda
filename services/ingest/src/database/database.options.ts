import { databaseOptions as relationalStore } from '@demarche/platform';
import { ReleaseRecord } from '../releases/release.entity.js';
import { CreateReleaseLedger1764300000000 } from '../migrations/1764300000000-CreateReleaseLedger.js';
import { LedgerStagesSightingsClusters1764400000000 } from '../migrations/1764400000000-LedgerStagesSightingsClusters.js';
import { CreateSources1764500000000 } from '../migrations/1764500000000-CreateSources.js';
import { ListingAndSitemapSources1764600000000 } from '../migrations/1764600000000-ListingAndSitemapSources.js';
import { CreateSourceTemplates1764700000000 } from '../migrations/1764700000000-CreateSourceTemplates.js';
import { LedgerErrorStage1764800000000 } from '../migrations/1764800000000-LedgerErrorStage.js';
import { SourceTemplateRecord } from '../templates/source-template.entity.js';
import { TemplateBlockRecord } from '../templates/template-block.entity.js';
import { SourceItemRecord } from '../sources/source-item.entity.js';
import { SourceRecord } from '../sources/source.entity.js';
import { NearKeyRecord } from '../dedupe/near-key.entity.js';
import { SightingRecord } from '../dedupe/sighting.entity.js';

export const tables = {
  entities: [ReleaseRecord, SightingRecord, NearKeyRecord, SourceRecord, SourceItemRecord, SourceTemplateRecord, TemplateBlockRecord],
  migrations: [
    CreateReleaseLedger1764300000000,
    LedgerStagesSightingsClusters1764400000000,
    CreateSources1764500000000,
    ListingAndSitemapSources1764600000000,
    CreateSourceTemplates1764700000000,
    LedgerErrorStage1764800000000,
  ],
};

/** This service's tables and their migrations, in PostgreSQL or SQLite (see relationalStore). */
export const databaseOptions = (env: { DATABASE_URL?: string; SQLITE_PATH: string }) => relationalStore({ service: 'ingest', ...tables }, env);
