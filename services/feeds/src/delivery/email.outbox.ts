import { Injectable } from '@nestjs/common';
import type { ReleaseIndexedV1 } from '@demarche/contracts';
import { FeedsConfig } from '../config/feeds.config.js';
import type { FeedItem } from '../items/feed-item.entity.js';
import type { Subscription } from '../subscriptions/subscription.entity.js';
import type { Delivery } from './delivery.entity.js';
import { renderEmail, type EmailEntry } from './email-message.js';
import { EmailSender } from './email.sender.js';
import { itemKey, missingItem, retryDelay, type Outcome } from './outbox.core.js';
import { OutboxRepository } from './outbox.repository.js';
import { unsubscribeUrl } from './unsubscribe-token.js';

/**
 * The e-mail part of the outbox. Claimed e-mail rows are grouped into messages: one per row for
 * `item`, one per subscription and address for a digest (its rows fell due together at the end of
 * the window). Every row of a message gets the message's outcome, and one retry time.
 */
@Injectable()
export class EmailOutbox {
  private readonly baseUrl: string;

  constructor(
    private readonly sender: EmailSender,
    private readonly outbox: OutboxRepository,
    private readonly config: FeedsConfig,
  ) {
    this.baseUrl = config.publicUrl;
  }

  async send(
    deliveries: Delivery[],
    subs: Map<string, Subscription>,
    items: Map<string, FeedItem>,
    releases: Map<string, ReleaseIndexedV1>,
    paused: Delivery[],
  ): Promise<Outcome[]> {
    const groups = new Map<string, { sub: Subscription; rows: Delivery[] }>();
    const dropped: Delivery[] = [];
    for (const d of deliveries) {
      const sub = d.subscriptionId ? subs.get(d.subscriptionId) : undefined;
      if (!sub || sub.status !== 'active') paused.push(d);
      else if (!sub.delivery.email) dropped.push(d);
      else {
        const key = sub.delivery.email.digest === 'item' ? d.id : `${sub.id}\n${d.target}`;
        const group = groups.get(key) ?? { sub, rows: [] };
        group.rows.push(d);
        groups.set(key, group);
      }
    }
    await this.outbox.failForGood(dropped, 'e-mail delivery was removed from the subscription');
    const outcomes: Outcome[] = [];
    for (const { sub, rows } of groups.values()) {
      const entries: EmailEntry[] = [];
      for (const d of rows) {
        const item = items.get(itemKey(d));
        const release = item && releases.get(item.releaseId);
        if (item && release) entries.push({ deliveryId: d.id, item, release });
        else outcomes.push(missingItem(d));
      }
      if (!entries.length) continue;
      const message = renderEmail(sub, entries, {
        from: this.config.email.from,
        unsubscribeUrl: unsubscribeUrl(this.baseUrl, sub),
        feedUrl: `${this.baseUrl}/subscriptions/${sub.id}/feed.atom`,
      });
      const result = await this.sender.send({ ...message, to: rows[0].target });
      // One retry time for the whole message, so its rows fall due together again.
      const retryInMs = result.ok ? undefined : retryDelay(Math.max(...rows.map((r) => r.attempts)) + 1, this.retryPolicy());
      const sent = new Set(entries.map((e) => e.deliveryId));
      for (const d of rows.filter((r) => sent.has(r.id))) outcomes.push({ delivery: d, ...result, retryInMs });
    }
    return outcomes;
  }

  private retryPolicy() {
    return { baseMs: this.config.retry.baseMs, maxMs: this.config.retry.maxMs };
  }
}
