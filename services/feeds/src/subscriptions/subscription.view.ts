import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Subscription } from './subscription.entity.js';

export class SubscriptionView {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() owner: string;
  @ApiProperty({ description: 'topics, entities, countries, sources, languages, eventTypes, query' }) filter: object;
  @ApiProperty({ description: 'webhook.url, everyCopy' }) delivery: object;
  @ApiProperty({ enum: ['active', 'disabled'] }) status: string;
  @ApiPropertyOptional() disabledReason?: string;
  @ApiProperty() consecutiveFailures: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty({ description: 'Pull and live URLs of this subscription' }) links: Record<string, string>;
  @ApiPropertyOptional({ description: 'Webhook signing secret: returned once, at creation' }) webhookSecret?: string;
}

export function toView(s: Subscription, baseUrl: string, withSecret = false): SubscriptionView {
  const base = `${baseUrl}/subscriptions/${s.id}`;
  return {
    id: s.id,
    name: s.name,
    owner: s.owner,
    filter: s.filter,
    delivery: s.delivery,
    status: s.status,
    ...(s.disabledReason ? { disabledReason: s.disabledReason } : {}),
    consecutiveFailures: s.consecutiveFailures,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
    links: {
      atom: `${base}/feed.atom`,
      rss: `${base}/feed.rss`,
      json: `${base}/feed.json`,
      events: `${base}/events`,
      deliveries: `${base}/deliveries`,
    },
    ...(withSecret && s.webhookSecret ? { webhookSecret: s.webhookSecret } : {}),
  };
}
