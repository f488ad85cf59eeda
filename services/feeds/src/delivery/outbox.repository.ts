import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, LessThanOrEqual, type DataSource, type EntityManager } from 'typeorm';
import { insertMany } from '../database/insert-many.js';
import { FeedItem } from '../items/feed-item.entity.js';
import { Subscription } from '../subscriptions/subscription.entity.js';
import { DeliveryAttempt } from './delivery-attempt.entity.js';
import { Delivery, type DeliveryStatus } from './delivery.entity.js';
import { itemKey, truncated, type Outcome, type Settlement } from './outbox.core.js';

const CHUNK = 200;

const chunks = <T>(rows: T[]): T[][] => Array.from({ length: Math.ceil(rows.length / CHUNK) }, (_, i) => rows.slice(i * CHUNK, (i + 1) * CHUNK));

/** The outbox's SQL: claiming due rows under a lease, loading what they need, recording what became of them. */
@Injectable()
export class OutboxRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Claims up to `batch` due rows: their next_attempt_at moves to the end of the lease and they get
   * one claim token, so a parallel worker cannot claim them too and a crashed one loses nothing.
   */
  async claimDue(batch: number, leaseMs: number, now = Date.now()): Promise<Delivery[]> {
    const repo = this.db.getRepository(Delivery);
    const due = await repo.find({
      select: { id: true },
      where: { status: 'pending', nextAttemptAt: LessThanOrEqual(now) },
      order: { nextAttemptAt: 'ASC' },
      take: batch,
    });
    if (!due.length) return [];
    const token = randomUUID();
    await repo
      .createQueryBuilder()
      .update()
      .set({ claimToken: token, nextAttemptAt: now + leaseMs })
      .where({ id: In(due.map((d) => d.id)), status: 'pending', nextAttemptAt: LessThanOrEqual(now) })
      .execute();
    return repo.findBy({ claimToken: token });
  }

  async subscriptionsOf(deliveries: Delivery[]): Promise<Map<string, Subscription>> {
    const ids = [...new Set(deliveries.map((d) => d.subscriptionId).filter((id): id is string => !!id))];
    const found = ids.length ? await this.db.getRepository(Subscription).findBy({ id: In(ids) }) : [];
    return new Map(found.map((s) => [s.id, s]));
  }

  /** The feed items the rows deliver, by `itemKey`. */
  async itemsOf(deliveries: Delivery[]): Promise<Map<string, FeedItem>> {
    const items = new Map<string, FeedItem>();
    const feedsByStory = new Map<string, string[]>();
    for (const d of deliveries) feedsByStory.set(d.dedupeKey, [...(feedsByStory.get(d.dedupeKey) ?? []), d.feedKey]);
    for (const [dedupeKey, feedKeys] of feedsByStory) {
      for (const some of chunks(feedKeys)) {
        for (const item of await this.db.getRepository(FeedItem).findBy({ dedupeKey, feedKey: In(some) })) items.set(itemKey(item), item);
      }
    }
    return items;
  }

  /**
   * Records each try and applies a settlement in one transaction. Each failure counts against its
   * subscription; `disableReason` decides from the new count whether it is switched off. Returns the
   * subscriptions disabled, with their reasons.
   */
  async settle(
    outcomes: Outcome[],
    settlement: Settlement,
    paused: Delivery[],
    opts: { leaseMs: number; disableReason: (sub: Subscription, failure: Outcome) => string | undefined },
  ): Promise<{ id: string; reason: string }[]> {
    const now = new Date().toISOString();
    const disabled: { id: string; reason: string }[] = [];
    await this.db.transaction(async (tx) => {
      await this.logAttempts(tx, outcomes, now);
      for (const [code, ids] of settlement.deliveredByCode) {
        for (const some of chunks(ids)) {
          await tx
            .createQueryBuilder()
            .update(Delivery)
            .set({ status: 'delivered', deliveredAt: now, claimToken: null, lastError: null, lastStatusCode: code, attempts: () => 'attempts + 1' })
            .where({ id: In(some) })
            .execute();
        }
      }
      if (settlement.healthy.length) {
        await tx.createQueryBuilder().update(Subscription).set({ consecutiveFailures: 0 }).where({ id: In(settlement.healthy) }).andWhere('consecutive_failures > 0').execute();
      }
      for (const { id, ...retry } of settlement.retries) await tx.update(Delivery, { id }, { ...retry, claimToken: null });
      for (const { subscriptionId, outcome } of settlement.failedSubscriptions) {
        await tx.increment(Subscription, { id: subscriptionId }, 'consecutiveFailures', 1);
        const sub = await tx.findOneBy(Subscription, { id: subscriptionId });
        const reason = sub && opts.disableReason(sub, outcome);
        if (!sub || !reason) continue;
        await tx.update(Subscription, { id: sub.id }, { status: 'disabled', disabledReason: reason, updatedAt: now });
        disabled.push({ id: sub.id, reason });
      }
      // A disabled subscription's rows wait, unsent, until it is re-enabled.
      for (const some of chunks(paused)) {
        await tx.update(Delivery, { id: In(some.map((d) => d.id)) }, { claimToken: null, nextAttemptAt: Date.now() + opts.leaseMs });
      }
    });
    return disabled;
  }

  private async logAttempts(tx: EntityManager, outcomes: Outcome[], at: string) {
    const attempts = outcomes.map((o) =>
      tx.create(DeliveryAttempt, {
        deliveryId: o.delivery.id,
        attempt: o.delivery.attempts + 1,
        at,
        ok: o.ok,
        statusCode: o.statusCode,
        error: truncated(o.error),
        durationMs: o.durationMs,
      }),
    );
    for (const some of chunks(attempts)) await insertMany(tx, DeliveryAttempt, some);
  }

  /** Rows that can no longer be sent (their channel was removed): failed for good. */
  async failForGood(deliveries: Delivery[], reason: string) {
    if (!deliveries.length) return;
    await this.db.getRepository(Delivery).update({ id: In(deliveries.map((d) => d.id)) }, { status: 'failed', claimToken: null, lastError: reason });
  }

  /** A subscription's deliveries, newest first, each with its attempts in order. */
  async log(subscriptionId: string, opts: { status?: DeliveryStatus; limit: number }) {
    const deliveries = await this.db.getRepository(Delivery).find({
      where: { subscriptionId, ...(opts.status ? { status: opts.status } : {}) },
      order: { createdAt: 'DESC' },
      take: opts.limit,
    });
    const attempts = deliveries.length
      ? await this.db.getRepository(DeliveryAttempt).find({ where: { deliveryId: In(deliveries.map((d) => d.id)) }, order: { id: 'ASC' } })
      : [];
    return deliveries.map((delivery) => ({ delivery, attempts: attempts.filter((a) => a.deliveryId === delivery.id) }));
  }

  /** Puts a subscription's delivery back in the queue, due now; false when there is no such delivery. */
  async requeue(subscriptionId: string, deliveryId: string): Promise<boolean> {
    const repo = this.db.getRepository(Delivery);
    if (!(await repo.existsBy({ id: deliveryId, subscriptionId }))) return false;
    await repo.update({ id: deliveryId }, { status: 'pending', nextAttemptAt: Date.now(), claimToken: null });
    return true;
  }
}
