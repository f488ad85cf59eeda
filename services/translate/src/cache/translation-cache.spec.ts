import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseOptions } from '../database/database.options.js';
import { CachedTranslation } from './cached-translation.entity.js';
import { normalise, TranslationCache } from './translation-cache.js';

describe('TranslationCache on SQLite, schema from the migrations', () => {
  let db: DataSource;
  let cache: TranslationCache;
  const scope = { from: 'es', to: 'en', backend: 'apertium', version: 'apy' };

  beforeAll(async () => {
    Logger.overrideLogger(false);
    db = await new DataSource(databaseOptions({ SQLITE_PATH: ':memory:' })).initialize();
    cache = new TranslationCache(db.getRepository(CachedTranslation), '1');
  });
  afterAll(() => db.destroy());

  it('finds what it stored, by normalised text', async () => {
    await cache.store([{ text: 'Hola  mundo.', translated: 'Hello world.' }], scope);
    const found = await cache.lookup([' Hola mundo. ', 'Adiós.'], scope);
    expect(found).toEqual(new Map([[normalise('Hola mundo.'), 'Hello world.']]));
  });

  it('keys entries by source, target, backend and backend version', async () => {
    await cache.store([{ text: 'Buenos días.', translated: 'Good morning.' }], scope);
    for (const other of [
      { ...scope, from: 'pt' },
      { ...scope, to: 'fr' },
      { ...scope, backend: 'deepl' },
      { ...scope, version: 'apy2' },
    ]) {
      expect((await cache.lookup(['Buenos días.'], other)).size).toBe(0);
    }
    expect(await new TranslationCache(db.getRepository(CachedTranslation), '2').lookup(['Buenos días.'], scope)).toEqual(new Map());
  });

  it('stores the same text twice without error, keeping the first translation', async () => {
    await cache.store([{ text: 'Gracias.', translated: 'Thanks.' }], scope);
    await cache.store([{ text: 'Gracias.', translated: 'Thank you.' }, { text: 'Gracias.', translated: 'Thank you.' }], scope);
    expect((await cache.lookup(['Gracias.'], scope)).get('Gracias.')).toBe('Thanks.');
    expect(await db.getRepository(CachedTranslation).countBy({ textHash: (await db.getRepository(CachedTranslation).findOneByOrFail({ translated: 'Thanks.' })).textHash })).toBe(1);
  });

  it('looks up and stores more texts than one statement takes', async () => {
    const many = Array.from({ length: 1_200 }, (_, i) => ({ text: `Frase número ${i}.`, translated: `Sentence number ${i}.` }));
    await cache.store(many, scope);
    const found = await cache.lookup(many.map((m) => m.text), scope);
    expect(found.size).toBe(1_200);
    expect(found.get('Frase número 999.')).toBe('Sentence number 999.');
  });

  it('answers an empty lookup when the database is gone, instead of failing the release', async () => {
    const broken = await new DataSource(databaseOptions({ SQLITE_PATH: ':memory:' })).initialize();
    const brokenCache = new TranslationCache(broken.getRepository(CachedTranslation));
    await broken.destroy();
    expect(await brokenCache.lookup(['Hola.'], scope)).toEqual(new Map());
    await expect(brokenCache.store([{ text: 'Hola.', translated: 'Hi.' }], scope)).resolves.toBeUndefined();
  });
});
