import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Subscription } from '../subscriptions/subscription.entity.js';

/**
 * The token of a subscription's unsubscribe link: an HMAC under the subscription's own secret, so
 * the link works without an API key and cannot be made up for another subscription.
 */
export function unsubscribeToken(sub: Pick<Subscription, 'id' | 'webhookSecret'>): string {
  return createHmac('sha256', sub.webhookSecret ?? sub.id).update(`unsubscribe:${sub.id}`).digest('base64url');
}

export function checkUnsubscribeToken(sub: Pick<Subscription, 'id' | 'webhookSecret'>, token: string): boolean {
  const expected = Buffer.from(unsubscribeToken(sub));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export const unsubscribeUrl = (baseUrl: string, sub: Pick<Subscription, 'id' | 'webhookSecret'>) =>
  `${baseUrl}/subscriptions/${sub.id}/unsubscribe?token=${unsubscribeToken(sub)}`;
