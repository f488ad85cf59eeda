import { Entity, PrimaryColumn } from 'typeorm';

/** One LSH band key of a release's MinHash signature: equal keys mark near-duplicate candidates. */
@Entity('release_near_key')
export class NearKeyRecord {
  @PrimaryColumn({ name: 'band_key', type: 'varchar', length: 16 })
  bandKey: string;

  @PrimaryColumn({ name: 'release_id', type: 'varchar', length: 32 })
  releaseId: string;
}
