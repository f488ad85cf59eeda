import { Column, Entity, PrimaryColumn } from 'typeorm';

/** How often one block (a normalised paragraph's fingerprint) occurred in one source's documents. */
@Entity('template_block')
export class TemplateBlockRecord {
  @PrimaryColumn({ name: 'source_id', type: 'varchar', length: 200 })
  sourceId: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  fingerprint: string;

  /** Documents that held it, ever. */
  @Column({ type: 'integer', default: 0 })
  documents: number;

  /** Documents among the source's recent window that held it. */
  @Column({ type: 'integer', default: 0 })
  recent: number;
}
