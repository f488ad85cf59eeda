import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A source's learnt template: how many documents it has seen and the fingerprints of the recent ones. */
@Entity('source_template')
export class SourceTemplateRecord {
  @PrimaryColumn({ name: 'source_id', type: 'varchar', length: 200 })
  sourceId: string;

  @Column({ type: 'integer', default: 0 })
  documents: number;

  /** JSON: the block fingerprint sets of the last TEMPLATE_WINDOW documents, oldest first. */
  @Column({ type: 'text' })
  window: string;

  @Column({ name: 'updated_at', type: 'varchar', length: 32 })
  updatedAt: string;
}
