import type { ReleaseIndexedV1 } from '@demarche/contracts';
import { backoffDelay } from '@demarche/kafka';
import type { FeedItem } from '../items/feed-item.entity.js';
import type { Subscription } from '../subscriptions/subscription.entity.js';
import type { Delivery } from './delivery.entity.js';
import { toNinjs } from './ninjs.js';

/** The decisions of the outbox, without I/O: what to send, what waits, when to retry, when to give up. */

export interface Outcome {
  delivery: Delivery;
  ok: boolean;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  /** Retry after this long instead of a delay of its own: the rows of one e-mail digest stay together. */
  retryInMs?: number;
}

export interface RetryPolicy {
  baseMs: number;
  maxMs: number;
}

export type NinjsDocument = ReturnType<typeof toNinjs>;

/** What one claimed webhook or Kafka row comes to. */
export type Job =
  | { kind: 'paused'; delivery: Delivery }
  | { kind: 'missing'; outcome: Outcome }
  | { kind: 'send'; delivery: Delivery; subscription?: Subscription; document: NinjsDocument };

/** The key of a delivery's feed item in the map the repository loads. */
export const itemKey = (row: Pick<Delivery | FeedItem, 'feedKey' | 'dedupeKey'>): string => `${row.feedKey}\n${row.dedupeKey}`;

export const missingItem = (delivery: Delivery): Outcome => ({ delivery, ok: false, statusCode: null, error: 'feed item missing', durationMs: 0 });

/**
 * A row of a subscription that is gone or not active waits unsent; a row whose item or release is
 * gone fails; the others are sent as the ninjs document of their release.
 */
export function jobFor(
  delivery: Delivery,
  subs: ReadonlyMap<string, Subscription>,
  items: ReadonlyMap<string, FeedItem>,
  releases: ReadonlyMap<string, ReleaseIndexedV1>,
): Job {
  const subscription = delivery.subscriptionId ? subs.get(delivery.subscriptionId) : undefined;
  if (delivery.subscriptionId && (!subscription || subscription.status !== 'active')) return { kind: 'paused', delivery };
  const item = items.get(itemKey(delivery));
  const release = item && releases.get(item.releaseId);
  if (!item || !release) return { kind: 'missing', outcome: missingItem(delivery) };
  const document = toNinjs(release, { feed: delivery.feedKey, why: item.why, alsoPublishedBy: item.alsoPublishedBy, deliveryId: delivery.id });
  return { kind: 'send', delivery, subscription, document };
}

/** The wait before try number `attempt + 1`: exponential, capped, with jitter (libs/kafka's backoff). */
export const retryDelay = (attempt: number, policy: RetryPolicy): number => backoffDelay(attempt, policy.baseMs, policy.maxMs);

export interface Reschedule {
  id: string;
  attempts: number;
  nextAttemptAt: number;
  lastError: string | null;
  lastStatusCode: number | null;
}

export interface Settlement {
  /** Delivered rows by status code (a webhook's answer; null for Kafka and e-mail). */
  deliveredByCode: Map<number | null, string[]>;
  /** Subscriptions with a delivery that went through: their failure count starts again. */
  healthy: string[];
  retries: Reschedule[];
  /** Subscriptions with a failed delivery, once per failure (each one counts towards disabling). */
  failedSubscriptions: { subscriptionId: string; outcome: Outcome }[];
}

/** An error as a row or an attempt keeps it (the column holds 2,000 characters). */
export const truncated = (error: string | null): string | null => error?.slice(0, 2000) ?? null;

/** How a pass's outcomes change the rows and subscriptions. */
export function settlementOf(outcomes: Outcome[], policy: RetryPolicy, now = Date.now()): Settlement {
  const deliveredByCode = new Map<number | null, string[]>();
  const healthy = new Set<string>();
  const retries: Reschedule[] = [];
  const failedSubscriptions: Settlement['failedSubscriptions'] = [];
  for (const o of outcomes) {
    if (o.ok) {
      deliveredByCode.set(o.statusCode, [...(deliveredByCode.get(o.statusCode) ?? []), o.delivery.id]);
      if (o.delivery.subscriptionId) healthy.add(o.delivery.subscriptionId);
      continue;
    }
    const attempts = o.delivery.attempts + 1;
    const delay = o.retryInMs ?? retryDelay(attempts, policy);
    retries.push({ id: o.delivery.id, attempts, nextAttemptAt: now + delay, lastError: truncated(o.error), lastStatusCode: o.statusCode });
    if (o.delivery.subscriptionId) failedSubscriptions.push({ subscriptionId: o.delivery.subscriptionId, outcome: o });
  }
  return { deliveredByCode, healthy: [...healthy], retries, failedSubscriptions };
}

/** Why an active subscription is disabled after this failure, or undefined while it stays on. */
export function disableReason(subscription: Pick<Subscription, 'status' | 'consecutiveFailures'>, failure: Outcome, maxFailures: number, at: string): string | undefined {
  if (subscription.status !== 'active' || subscription.consecutiveFailures < maxFailures) return undefined;
  return `${subscription.consecutiveFailures} consecutive ${failure.delivery.channel} delivery failures; last: ${failure.error} (${at})`;
}
