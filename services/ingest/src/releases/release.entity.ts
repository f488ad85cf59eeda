import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** How far a release got: recorded, confirmed on Kafka, then each later stage seen on its topic. */
export const LEDGER_STAGES = ['received', 'published', 'translated', 'enriched', 'indexed'] as const;
export type LedgerStatus = (typeof LEDGER_STAGES)[number];
export type RawEncoding = 'utf8' | 'zlib-base64';

/** The release ledger: every release accepted, its raw input and the event built from it. */
@Entity('release_ledger')
export class ReleaseRecord {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  id: string;

  @Column({ name: 'source_id', type: 'varchar', length: 200 })
  sourceId: string;

  @Column({ type: 'varchar', length: 2048, nullable: true })
  url: string | null;

  @Column({ type: 'varchar', length: 1000 })
  title: string;

  @Column({ name: 'content_hash', type: 'varchar', length: 64 })
  contentHash: string;

  /** Content revision (epoch ms); bumps when the same release comes back with new text. */
  @Column({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string | number) => Number(v) } })
  revision: number;

  @Index()
  @Column({ type: 'varchar', length: 16 })
  status: LedgerStatus;

  @Column({ name: 'content_type', type: 'varchar', length: 100 })
  contentType: string;

  /** The input exactly as received, so a release can be re-extracted later; see `rawEncoding`. */
  @Column({ type: 'text' })
  raw: string;

  @Column({ name: 'raw_encoding', type: 'varchar', length: 16, default: 'utf8' })
  rawEncoding: RawEncoding;

  /** Near-duplicate cluster: the id of the first release seen with nearly the same text. */
  @Column({ name: 'cluster_id', type: 'varchar', length: 32, nullable: true })
  clusterId: string | null;

  /** MinHash signature of the normalised text (base64), to compare near-duplicate candidates. */
  @Column({ type: 'text', nullable: true })
  signature: string | null;

  /** The `releases.ingested.v1` value, republished as-is when a publish did not complete. */
  @Column({ type: 'text' })
  event: string;

  @Column({ name: 'received_at', type: 'varchar', length: 32 })
  receivedAt: string;

  @Column({ name: 'published_at', type: 'varchar', length: 32, nullable: true })
  publishedAt: string | null;

  @Column({ name: 'translated_at', type: 'varchar', length: 32, nullable: true })
  translatedAt: string | null;

  @Column({ name: 'enriched_at', type: 'varchar', length: 32, nullable: true })
  enrichedAt: string | null;

  @Column({ name: 'indexed_at', type: 'varchar', length: 32, nullable: true })
  indexedAt: string | null;

  @Column({ name: 'last_error', type: 'varchar', length: 2000, nullable: true })
  lastError: string | null;

  @Column({ name: 'last_error_at', type: 'varchar', length: 32, nullable: true })
  lastErrorAt: string | null;

  /** The stage that reported the last error (the DLQ record's x-stage: translate, enrich, index, feeds…). */
  @Column({ name: 'last_error_stage', type: 'varchar', length: 32, nullable: true })
  lastErrorStage: string | null;

  /** Its machine-readable code (x-error-code, e.g. CONTRACT.NOT_JSON, INDEX.REJECTED). */
  @Column({ name: 'last_error_code', type: 'varchar', length: 64, nullable: true })
  lastErrorCode: string | null;
}
