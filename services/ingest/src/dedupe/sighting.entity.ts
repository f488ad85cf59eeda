import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A place a release was seen: the first copy, and every exact duplicate from any source. */
@Entity('release_sighting')
export class SightingRecord {
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column({ name: 'release_id', type: 'varchar', length: 32 })
  releaseId: string;

  @Column({ name: 'source_id', type: 'varchar', length: 200 })
  sourceId: string;

  @Column({ type: 'varchar', length: 2048, nullable: true })
  url: string | null;

  @Column({ name: 'origin_hash', type: 'varchar', length: 64 })
  originHash: string;

  @Column({ name: 'first_seen_at', type: 'varchar', length: 32 })
  firstSeenAt: string;

  @Column({ name: 'last_seen_at', type: 'varchar', length: 32 })
  lastSeenAt: string;

  @Column({ name: 'times_seen', type: 'integer', default: 1 })
  timesSeen: number;
}
