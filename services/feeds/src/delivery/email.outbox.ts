import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import type { ReleaseIndexedV1 } from '@demarche/contracts';
import type { FeedsEnv } from '../config/env.js';
import { publicUrl } from '../config/public-url.js';
import type { FeedItem } from '../items/feed-item.entity.js';
import type { Subscription } from '../subscriptions/subscription.entity.js';
import { Delivery } from './delivery.entity.js';
import { renderEmail, type EmailEntry } from './email-message.js';
import { EmailSender } from './email.sender.js';
import type { Outcome } from './outbox.worker.js';
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
    @InjectDataSource() private readonly db: DataSource,
    @Inject(ConfigService) private readonly config: ConfigService<FeedsEnv, true>,
  ) {
    this.baseUrl = publicUrl(config);
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
    if (dropped.length) {
      await this.db
        .getRepository(Delivery)
        .update({ id: In(dropped.map((d) => d.id)) }, { status: 'failed', claimToken: null, lastError: 'e-mail delivery was removed from the subscription' });
    }
    const outcomes: Outcome[] = [];
    for (const { sub, rows } of groups.values()) {
      const entries: EmailEntry[] = [];
      for (const d of rows) {
        const item = items.get(`${d.feedKey}\n${d.dedupeKey}`);
        const release = item && releases.get(item.releaseId);
        if (item && release) entries.push({ deliveryId: d.id, item, release });
        else outcomes.push({ delivery: d, ok: false, statusCode: null, error: 'feed item missing', durationMs: 0 });
      }
      if (!entries.length) continue;
      const message = renderEmail(sub, entries, {
        from: this.config.get('MAIL_FROM', { infer: true }),
        unsubscribeUrl: unsubscribeUrl(this.baseUrl, sub),
        feedUrl: `${this.baseUrl}/subscriptions/${sub.id}/feed.atom`,
      });
      const result = await this.sender.send({ ...message, to: rows[0].target });
      const retryInMs = result.ok ? undefined : this.retryDelay(Math.max(...rows.map((r) => r.attempts)) + 1);
      const sent = new Set(entries.map((e) => e.deliveryId));
      for (const d of rows.filter((r) => sent.has(r.id))) outcomes.push({ delivery: d, ...result, retryInMs });
    }
    return outcomes;
  }

  /** Exponential backoff with jitter, as for webhooks, drawn once for the whole message. */
  private retryDelay(attempt: number): number {
    const base = this.config.get('WEBHOOK_RETRY_BASE_MS', { infer: true });
    const ceiling = Math.min(this.config.get('WEBHOOK_RETRY_MAX_MS', { infer: true }), base * 2 ** (attempt - 1));
    return Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
  }
}
