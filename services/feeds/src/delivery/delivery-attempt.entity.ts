import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The delivery log: every try of every delivery, with what the receiver answered. */
@Entity('feed_delivery_attempt')
export class DeliveryAttempt {
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column({ name: 'delivery_id', type: 'varchar', length: 40 })
  deliveryId: string;

  @Column({ type: 'integer' })
  attempt: number;

  @Column({ type: 'varchar', length: 32 })
  at: string;

  @Column({ type: 'boolean' })
  ok: boolean;

  @Column({ name: 'status_code', type: 'integer', nullable: true })
  statusCode: number | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  error: string | null;

  @Column({ name: 'duration_ms', type: 'integer' })
  durationMs: number;
}
