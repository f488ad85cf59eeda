import { Column, Entity, PrimaryColumn } from 'typeorm';

export type SourceKind = 'feed';

/** A registered source (today: an RSS 2.0, Atom or RDF feed), its settings and its health. */
@Entity('source')
export class SourceRecord {
  @PrimaryColumn({ type: 'varchar', length: 200 })
  id: string;

  @Column({ type: 'varchar', length: 16 })
  kind: SourceKind;

  @Column({ type: 'varchar', length: 2048 })
  url: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  publisher: string | null;

  @Column({ type: 'varchar', length: 2, nullable: true })
  country: string | null;

  @Column({ type: 'varchar', length: 2, nullable: true })
  language: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  timezone: string | null;

  @Column({ name: 'interval_seconds', type: 'integer' })
  intervalSeconds: number;

  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  /** Fetch each item's page when the feed carries only a summary. */
  @Column({ name: 'fetch_pages', type: 'boolean', default: true })
  fetchPages: boolean;

  /** Allow-listed: its own host may be a loopback or private address (tests, intranet feeds). */
  @Column({ name: 'allow_private_network', type: 'boolean', default: false })
  allowPrivateNetwork: boolean;

  @Column({ type: 'varchar', length: 500, nullable: true })
  etag: string | null;

  @Column({ name: 'last_modified', type: 'varchar', length: 100, nullable: true })
  lastModified: string | null;

  @Column({ name: 'next_poll_at', type: 'varchar', length: 32, nullable: true })
  nextPollAt: string | null;

  @Column({ name: 'last_polled_at', type: 'varchar', length: 32, nullable: true })
  lastPolledAt: string | null;

  @Column({ name: 'last_success_at', type: 'varchar', length: 32, nullable: true })
  lastSuccessAt: string | null;

  @Column({ name: 'last_error', type: 'varchar', length: 2000, nullable: true })
  lastError: string | null;

  @Column({ name: 'last_error_code', type: 'varchar', length: 64, nullable: true })
  lastErrorCode: string | null;

  @Column({ name: 'last_error_at', type: 'varchar', length: 32, nullable: true })
  lastErrorAt: string | null;

  @Column({ name: 'consecutive_failures', type: 'integer', default: 0 })
  consecutiveFailures: number;

  @Column({ name: 'items_seen', type: 'integer', default: 0 })
  itemsSeen: number;

  @Column({ name: 'items_ingested', type: 'integer', default: 0 })
  itemsIngested: number;

  @Column({ name: 'items_rejected', type: 'integer', default: 0 })
  itemsRejected: number;
}
