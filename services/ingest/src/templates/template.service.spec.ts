import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TemplateConfig } from '../config/ingest.config.js';
import { CreateSourceTemplates1764700000000 } from '../migrations/1764700000000-CreateSourceTemplates.js';
import { SourceTemplateRecord } from './source-template.entity.js';
import { TemplateBlockRecord } from './template-block.entity.js';
import { TemplateService } from './template.service.js';

// A real (in-memory SQLite) store, as the service runs it without DATABASE_URL.
const config = { learning: 'all', minDocuments: 3, minShare: 0.3, window: 5 } as TemplateConfig;

const SLOGAN = 'Our embassy: a bridge between two nations since 1992.';
const page = (n: number) => [`Release ${n} tells of talks on subject ${n * 7} with the delegation.`, SLOGAN];

describe('TemplateService', () => {
  let dataSource: DataSource;
  let service: TemplateService;

  beforeAll(async () => {
    dataSource = new DataSource({
      type: 'better-sqlite3',
      database: ':memory:',
      entities: [SourceTemplateRecord, TemplateBlockRecord],
      migrations: [CreateSourceTemplates1764700000000],
      migrationsRun: true,
    });
    await dataSource.initialize();
    service = new TemplateService(dataSource, config);
  });

  afterAll(() => dataSource.destroy());

  it('keeps counts per source in the database and strips a block once it is template', async () => {
    for (let n = 0; n < 3; n++) {
      expect(await service.strip('a.example.org', page(n))).toEqual(page(n));
      await service.learn('a.example.org', page(n));
    }
    expect(await service.strip('a.example.org', page(3))).toEqual([page(3)[0]]);
    // Another source has learnt nothing.
    expect(await service.strip('b.example.org', page(3))).toEqual(page(3));
    const slogan = await dataSource.getRepository(TemplateBlockRecord).findBy({ sourceId: 'a.example.org' });
    expect(slogan.map((b) => b.documents).sort()).toEqual([1, 1, 1, 3]);
  });

  it('never strips the whole body', async () => {
    expect(await service.strip('a.example.org', [SLOGAN])).toEqual([SLOGAN]);
  });

  it('forgets a block that left the recent window', async () => {
    for (let n = 10; n < 16; n++) await service.learn('a.example.org', [`Fresh release ${n} with nothing in common, number ${n * 13}.`]);
    const row = await dataSource.getRepository(SourceTemplateRecord).findOneByOrFail({ sourceId: 'a.example.org' });
    expect(row.documents).toBe(9);
    expect((JSON.parse(row.window) as string[][]).length).toBe(5);
    // Seen 3 times ever, but in none of the last five documents.
    expect(await service.strip('a.example.org', page(20))).toEqual(page(20));
  });
});
