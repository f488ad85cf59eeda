import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { CachedTranslation } from './cached-translation.entity.js';

export interface CacheScope {
  from: string;
  to: string;
  backend: string;
  version: string;
}

/** Whitespace and Unicode form do not change a translation, so they do not change the key. */
export const normalise = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

export const textHash = (text: string) => createHash('sha256').update(normalise(text)).digest('hex');

export const cacheKey = (hash: string, scope: CacheScope) =>
  createHash('sha256').update([hash, scope.from, scope.to, scope.backend, scope.version].join('\u0000')).digest('hex');

/**
 * Paragraph translations in the database. The cache is an optimisation: when the database
 * fails, translation goes on without it (logged), it never holds a release back.
 */
@Injectable()
export class TranslationCache {
  private readonly logger = new Logger(TranslationCache.name);

  constructor(
    @InjectRepository(CachedTranslation) private readonly repository: Repository<CachedTranslation>,
    private readonly epoch: string = '',
  ) {}

  /** Cached translations of `texts`, by text (normalised); texts not cached are absent. */
  async lookup(texts: string[], scope: CacheScope): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    const keys = new Map(texts.map((text) => [cacheKey(textHash(text), this.scoped(scope)), normalise(text)]));
    if (keys.size === 0) return found;
    try {
      const rows: CachedTranslation[] = [];
      const all = [...keys.keys()];
      for (let i = 0; i < all.length; i += 500) rows.push(...(await this.repository.findBy({ key: In(all.slice(i, i + 500)) })));
      for (const row of rows) found.set(keys.get(row.key)!, row.translated);
    } catch (error) {
      this.logger.warn({ msg: 'cache lookup failed, translating without it', error: (error as Error).message });
    }
    return found;
  }

  async store(pairs: { text: string; translated: string }[], scope: CacheScope): Promise<void> {
    if (pairs.length === 0) return;
    const scoped = this.scoped(scope);
    const createdAt = new Date().toISOString();
    const rows = new Map(
      pairs.map(({ text, translated }) => {
        const hash = textHash(text);
        const key = cacheKey(hash, scoped);
        return [
          key,
          {
            key,
            textHash: hash,
            sourceLanguage: scope.from,
            targetLanguage: scope.to,
            backend: scope.backend,
            backendVersion: scoped.version,
            translated,
            createdAt,
          },
        ];
      }),
    );
    try {
      const values = [...rows.values()];
      for (let i = 0; i < values.length; i += 100) {
        await this.repository.createQueryBuilder().insert().values(values.slice(i, i + 100)).orIgnore().execute();
      }
    } catch (error) {
      this.logger.warn({ msg: 'cache store failed', error: (error as Error).message });
    }
  }

  /** TRANSLATION_CACHE_VERSION joins the backend version, so bumping it retires every entry. */
  private scoped(scope: CacheScope): CacheScope {
    return this.epoch ? { ...scope, version: `${scope.version}/${this.epoch}` } : scope;
  }
}
