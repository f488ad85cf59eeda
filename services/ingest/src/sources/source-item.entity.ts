import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A feed item already handled, so it is ingested once however often the feed lists it. */
@Entity('source_item')
export class SourceItemRecord {
  @PrimaryColumn({ name: 'source_id', type: 'varchar', length: 200 })
  sourceId: string;

  /** sha256 of the item's guid / id / link. */
  @PrimaryColumn({ name: 'item_key', type: 'varchar', length: 64 })
  itemKey: string;

  @Column({ name: 'release_id', type: 'varchar', length: 32, nullable: true })
  releaseId: string | null;

  /** accepted | updated | duplicate | rejected:<code> */
  @Column({ type: 'varchar', length: 80 })
  outcome: string;

  @Column({ name: 'seen_at', type: 'varchar', length: 32 })
  seenAt: string;
}
