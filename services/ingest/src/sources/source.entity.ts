import { Column, Entity, PrimaryColumn } from 'typeorm';

export type SourceKind = 'feed' | 'listing' | 'sitemap';

/** A registered source (an RSS 2.0 / Atom / RDF feed, an HTML listing page or a sitemap), its settings and its health. */
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

  /** Listing pages: CSS selector of the release links (else a heuristic picks them). */
  @Column({ name: 'item_selector', type: 'varchar', length: 500, nullable: true })
  itemSelector: string | null;

  /** Listing pages: CSS selector of the next-page link (else rel=next and pager words). */
  @Column({ name: 'next_selector', type: 'varchar', length: 500, nullable: true })
  nextSelector: string | null;

  /** Listing pages read per poll (the first and up to this many minus one next pages). */
  @Column({ name: 'max_pages', type: 'integer', default: 3 })
  maxPages: number;

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
