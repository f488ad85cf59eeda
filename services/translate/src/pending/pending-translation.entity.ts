import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

const bigintAsNumber = { to: (v: number) => v, from: (v: string | number) => Number(v) };

/** A release published with targets still `pending`, waiting for its backend to come back. */
@Entity('pending_translation')
export class PendingTranslation {
  @PrimaryColumn({ name: 'release_id', type: 'varchar', length: 32 })
  releaseId: string;

  /** The release revision held; a newer revision replaces it, an older one never does. */
  @Column({ type: 'bigint', transformer: bigintAsNumber })
  revision: number;

  /** Comma-separated target languages still pending. */
  @Column({ type: 'varchar', length: 200 })
  targets: string;

  /** The `releases.ingested.v1` value, translated again when the backend returns. */
  @Column({ type: 'text' })
  event: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  traceparent: string | null;

  @Column({ type: 'int' })
  attempts: number;

  @Index()
  @Column({ name: 'next_attempt_at', type: 'bigint', transformer: bigintAsNumber })
  nextAttemptAt: number;

  @Column({ name: 'held_at', type: 'varchar', length: 32 })
  heldAt: string;
}
