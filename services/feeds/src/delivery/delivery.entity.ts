import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintNumber } from '../database/json-column.js';

export type DeliveryChannel = 'webhook' | 'kafka' | 'email';
export type DeliveryStatus = 'pending' | 'delivered' | 'failed';

/** The outbox: one row per item and channel, sent and retried by the outbox worker. */
@Entity('feed_delivery')
export class Delivery {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  id: string;

  @Column({ name: 'feed_key', type: 'varchar', length: 80 })
  feedKey: string;

  @Column({ name: 'dedupe_key', type: 'varchar', length: 64 })
  dedupeKey: string;

  @Column({ name: 'subscription_id', type: 'varchar', length: 40, nullable: true })
  subscriptionId: string | null;

  @Column({ type: 'varchar', length: 16 })
  channel: DeliveryChannel;

  /** Webhook URL, Kafka topic or e-mail address. */
  @Column({ type: 'varchar', length: 2048 })
  target: string;

  @Column({ name: 'release_id', type: 'varchar', length: 32 })
  releaseId: string;

  @Column({ type: 'varchar', length: 16 })
  status: DeliveryStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  /** Epoch ms; while a worker holds the row it is the end of its lease, so a crash retries it. */
  @Column({ name: 'next_attempt_at', type: 'bigint', transformer: bigintNumber })
  nextAttemptAt: number;

  @Column({ name: 'claim_token', type: 'varchar', length: 40, nullable: true })
  claimToken: string | null;

  @Column({ name: 'last_status_code', type: 'integer', nullable: true })
  lastStatusCode: number | null;

  @Column({ name: 'last_error', type: 'varchar', length: 2000, nullable: true })
  lastError: string | null;

  @Column({ name: 'created_at', type: 'varchar', length: 32 })
  createdAt: string;

  @Column({ name: 'delivered_at', type: 'varchar', length: 32, nullable: true })
  deliveredAt: string | null;
}
