import { DependencyUnavailableError } from '@demarche/kafka';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReleaseIngestedV1 } from '@demarche/contracts';
import { databaseOptions } from '../database/database.options.js';
import { PendingTranslation } from './pending-translation.entity.js';
import { PendingTranslations } from './pending-translations.js';

const release = (id: string, revision: number): ReleaseIngestedV1 => ({
  id,
  revision,
  source: { id: 'mfa.example.org' },
  title: 'Title',
  paragraphs: ['Body.'],
  language: 'en',
  ingestedAt: '2026-11-28T10:00:00.000Z',
  contentHash: 'b'.repeat(64),
});

describe('PendingTranslations on SQLite', () => {
  let db: DataSource;
  let queue: PendingTranslations;

  beforeAll(async () => {
    db = await new DataSource(databaseOptions({ SQLITE_PATH: ':memory:' })).initialize();
    queue = new PendingTranslations(db.getRepository(PendingTranslation));
  });
  afterAll(() => db.destroy());

  it('holds a release and hands it back when due, with its event, targets and trace', async () => {
    await queue.hold(release('rel_a', 10), ['es'], '00-trace-01');
    const [due] = await queue.due(10);
    expect(due).toEqual({ release: release('rel_a', 10), targets: ['es'], traceparent: '00-trace-01', attempts: 0 });
  });

  it('backs a retried release off, so it is not due again at once', async () => {
    await queue.hold(release('rel_b', 10), ['es'], undefined, 3);
    expect((await queue.due(10)).map((d) => d.release.id)).not.toContain('rel_b');
    expect((await queue.due(10, Date.now() + 60_000)).map((d) => d.release.id)).toContain('rel_b');
  });

  it('never replaces a newer revision with an older one', async () => {
    await queue.hold(release('rel_c', 20), ['es'], undefined);
    await queue.hold(release('rel_c', 15), ['fr'], undefined);
    expect((await db.getRepository(PendingTranslation).findOneByOrFail({ releaseId: 'rel_c' })).revision).toBe(20);
  });

  it('settles a release translated at the same or a newer revision only', async () => {
    await queue.hold(release('rel_d', 30), ['es'], undefined);
    await queue.settle('rel_d', 29);
    expect(await db.getRepository(PendingTranslation).countBy({ releaseId: 'rel_d' })).toBe(1);
    await queue.settle('rel_d', 30);
    expect(await db.getRepository(PendingTranslation).countBy({ releaseId: 'rel_d' })).toBe(0);
  });

  it('reports a database failure as a dependency outage, so the message is not committed', async () => {
    const gone = await new DataSource(databaseOptions({ SQLITE_PATH: ':memory:' })).initialize();
    const broken = new PendingTranslations(gone.getRepository(PendingTranslation));
    await gone.destroy();
    await expect(broken.hold(release('rel_e', 1), ['es'], undefined)).rejects.toBeInstanceOf(DependencyUnavailableError);
  });
});
