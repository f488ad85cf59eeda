import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type LedgerStatus = 'received' | 'published';

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

  /** The input exactly as received, so a release can be re-extracted later. */
  @Column({ type: 'text' })
  raw: string;

  /** The `releases.ingested.v1` value, republished as-is when a publish did not complete. */
  @Column({ type: 'text' })
  event: string;

  @Column({ name: 'received_at', type: 'varchar', length: 32 })
  receivedAt: string;

  @Column({ name: 'published_at', type: 'varchar', length: 32, nullable: true })
  publishedAt: string | null;
}
