import { Column, Entity, PrimaryColumn } from 'typeorm';
import { jsonText } from '../database/json-column.js';

/** What a subscriber wants: OR within one dimension, AND across dimensions. */
export interface SubscriptionFilter {
  topics?: string[];
  entities?: string[];
  countries?: string[];
  sources?: string[];
  languages?: string[];
  eventTypes?: string[];
  /** Search syntax of the search API, checked by Elasticsearch against each new release. */
  query?: string;
}

export type EmailDigest = 'item' | 'hourly' | 'daily';

export interface DeliverySettings {
  webhook?: { url: string };
  /** E-mail: each new item as its own message, or an hourly or daily digest. */
  email?: { to: string; digest: EmailDigest };
  /** Alert on every syndicated copy instead of once per story. */
  everyCopy?: boolean;
}

export type SubscriptionStatus = 'active' | 'disabled';

@Entity('feed_subscription')
export class Subscription {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 200 })
  owner: string;

  @Column({ type: 'text', transformer: jsonText })
  filter: SubscriptionFilter;

  @Column({ type: 'text', transformer: jsonText })
  delivery: DeliverySettings;

  /** Signs webhook bodies; shown once, when the subscription is created. */
  @Column({ name: 'webhook_secret', type: 'varchar', length: 100, nullable: true })
  webhookSecret: string | null;

  @Column({ type: 'varchar', length: 16 })
  status: SubscriptionStatus;

  @Column({ name: 'disabled_reason', type: 'varchar', length: 2000, nullable: true })
  disabledReason: string | null;

  @Column({ name: 'consecutive_failures', type: 'integer', default: 0 })
  consecutiveFailures: number;

  @Column({ name: 'created_at', type: 'varchar', length: 32 })
  createdAt: string;

  @Column({ name: 'updated_at', type: 'varchar', length: 32 })
  updatedAt: string;
}
