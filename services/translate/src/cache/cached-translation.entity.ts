import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One translated paragraph, keyed by (normalised text hash, source language, target language,
 * backend, backend version): the same text from the same engine is never paid for twice.
 */
@Entity('translation_cache')
export class CachedTranslation {
  /** sha256 of the five key parts, so a lookup is one primary-key IN (…). */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  key: string;

  @Column({ name: 'text_hash', type: 'varchar', length: 64 })
  textHash: string;

  @Column({ name: 'source_language', type: 'varchar', length: 8 })
  sourceLanguage: string;

  @Column({ name: 'target_language', type: 'varchar', length: 8 })
  targetLanguage: string;

  @Column({ type: 'varchar', length: 40 })
  backend: string;

  @Column({ name: 'backend_version', type: 'varchar', length: 200 })
  backendVersion: string;

  @Column({ type: 'text' })
  translated: string;

  @Column({ name: 'created_at', type: 'varchar', length: 32 })
  createdAt: string;
}
