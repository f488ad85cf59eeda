import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ReleaseIndexedV1 } from '@demarche/contracts';
import { bigintNumber, jsonText } from '../database/json-column.js';

/** A matched release as indexed, stored once, so every channel renders from the database alone. */
@Entity('feed_release')
export class FeedRelease {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  id: string;

  @Column({ type: 'bigint', transformer: bigintNumber })
  revision: number;

  @Column({ type: 'text', transformer: jsonText })
  release: ReleaseIndexedV1;
}
