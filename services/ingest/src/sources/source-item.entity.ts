import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A feed item, listing link or sitemap URL already handled, so it is ingested once however often
 * the source lists it; also a child sitemap of a sitemap index, with its lastmod.
 */
@Entity('source_item')
export class SourceItemRecord {
  @PrimaryColumn({ name: 'source_id', type: 'varchar', length: 200 })
  sourceId: string;

  /** sha256 of the item's guid / id / link (listing and sitemap items: of the URL). */
  @PrimaryColumn({ name: 'item_key', type: 'varchar', length: 64 })
  itemKey: string;

  @Column({ name: 'release_id', type: 'varchar', length: 32, nullable: true })
  releaseId: string | null;

  /** accepted | updated | duplicate | rejected:<code> */
  @Column({ type: 'varchar', length: 80 })
  outcome: string;

  /** Sitemaps: the `<lastmod>` it was handled at; a newer one fetches the page again. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  lastmod: string | null;

  @Column({ name: 'seen_at', type: 'varchar', length: 32 })
  seenAt: string;
}
