import { randomUUID } from 'node:crypto';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, LessThanOrEqual, type DataSource } from 'typeorm';
import { cloudEventHeaders } from '@demarche/contracts';
import { EventPublisher } from '@demarche/kafka';
import { FetchError, guardedRequest } from '@demarche/net';
import { Metrics } from '@demarche/platform';
import type { FeedsEnv } from '../config/env.js';
import { FeedItem } from '../items/feed-item.entity.js';
import { FeedItemsService } from '../items/feed-items.service.js';
import { SubscriptionsService } from '../subscriptions/subscriptions.service.js';
import { Subscription } from '../subscriptions/subscription.entity.js';
import { WebhookTargetPolicy } from '../subscriptions/webhook-target.policy.js';
import { DeliveryAttempt } from './delivery-attempt.entity.js';
import { Delivery } from './delivery.entity.js';
import { insertMany } from '../database/insert-many.js';
import { EmailOutbox } from './email.outbox.js';
import { toNinjs } from './ninjs.js';
import { DELIVERY_HEADER, SIGNATURE_HEADER, signatureHeader } from './webhook-signature.js';

export const FEED_ITEM_EVENT_TYPE = 'org.demarche.feed.item.v1';
const BATCH = 500;
/** A claimed row comes back to the queue after this long, so a worker killed mid-send loses nothing. */
const LEASE_MS = 60_000;
/** A receiver's answer body is read and dropped; more than this is a failed delivery. */
const WEBHOOK_ANSWER_MAX_BYTES = 1024 * 1024;

export interface Outcome {
  delivery: Delivery;
  ok: boolean;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  /** Retry after this long instead of a delay of its own: the rows of one e-mail digest stay together. */
  retryInMs?: number;
}

/**
 * Sends the outbox: webhooks (signed ninjs POSTs), Kafka feed topics and e-mail (EmailOutbox). Rows are claimed with a
 * lease (next_attempt_at moves forward) and a claim token, so restarts and parallel workers never
 * send a row twice at once; failures come back with exponential backoff and full jitter.
 */
@Injectable()
export class OutboxWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxWorker.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly items: FeedItemsService,
    private readonly subscriptions: SubscriptionsService,
    private readonly publisher: EventPublisher,
    private readonly config: ConfigService<FeedsEnv, true>,
    private readonly metrics: Metrics,
    private readonly webhookTargets: WebhookTargetPolicy,
    private readonly emails: EmailOutbox,
  ) {}

  onApplicationBootstrap() {
    this.timer = setInterval(() => this.wake(), this.config.get('OUTBOX_POLL_MS', { infer: true }));
    this.wake();
  }

  async onApplicationShutdown() {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }

  /** Runs a pass now (or right after the current one). */
  wake() {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .catch((error) => this.logger.error({ msg: 'outbox pass failed', error: (error as Error).message }))
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  private async drain() {
    for (;;) {
      const claimed = await this.claim();
      if (!claimed.length) return;
      await this.send(claimed);
      if (this.stopped) return;
    }
  }

  private async claim(): Promise<Delivery[]> {
    const repo = this.db.getRepository(Delivery);
    const now = Date.now();
    const due = await repo.find({
      select: { id: true },
      where: { status: 'pending', nextAttemptAt: LessThanOrEqual(now) },
      order: { nextAttemptAt: 'ASC' },
      take: BATCH,
    });
    if (!due.length) return [];
    const token = randomUUID();
    await repo
      .createQueryBuilder()
      .update()
      .set({ claimToken: token, nextAttemptAt: now + LEASE_MS })
      .where({ id: In(due.map((d) => d.id)), status: 'pending', nextAttemptAt: LessThanOrEqual(now) })
      .execute();
    return repo.findBy({ claimToken: token });
  }

  private async send(deliveries: Delivery[]) {
    const subIds = [...new Set(deliveries.map((d) => d.subscriptionId).filter((id): id is string => !!id))];
    const subs = new Map(
      (subIds.length ? await this.db.getRepository(Subscription).findBy({ id: In(subIds) }) : []).map((s) => [s.id, s]),
    );
    const items = await this.loadItems(deliveries);
    const releases = await this.items.releases([...items.values()].map((i) => i.releaseId));

    const outcomes: Outcome[] = [];
    const paused: Delivery[] = [];
    const emails = deliveries.filter((d) => d.channel === 'email');
    const queue = deliveries.filter((d) => d.channel !== 'email');
    const workers = Array.from({ length: this.config.get('WEBHOOK_CONCURRENCY', { infer: true }) }, async () => {
      for (let d = queue.shift(); d; d = queue.shift()) {
        const sub = d.subscriptionId ? subs.get(d.subscriptionId) : undefined;
        if (d.subscriptionId && (!sub || sub.status !== 'active')) {
          paused.push(d);
          continue;
        }
        const item = items.get(`${d.feedKey}\n${d.dedupeKey}`);
        const release = item && releases.get(item.releaseId);
        if (!item || !release) {
          outcomes.push({ delivery: d, ok: false, statusCode: null, error: 'feed item missing', durationMs: 0 });
          continue;
        }
        const doc = toNinjs(release, { feed: d.feedKey, why: item.why, alsoPublishedBy: item.alsoPublishedBy, deliveryId: d.id });
        outcomes.push(d.channel === 'kafka' ? await this.sendKafka(d, doc) : await this.sendWebhook(d, sub!, JSON.stringify(doc)));
      }
    });
    await Promise.all(workers);
    if (emails.length) outcomes.push(...(await this.emails.send(emails, subs, items, releases, paused)));
    await this.settle(outcomes, paused);
  }

  private async loadItems(deliveries: Delivery[]): Promise<Map<string, FeedItem>> {
    const map = new Map<string, FeedItem>();
    const byDedupe = new Map<string, string[]>();
    for (const d of deliveries) byDedupe.set(d.dedupeKey, [...(byDedupe.get(d.dedupeKey) ?? []), d.feedKey]);
    for (const [dedupeKey, feedKeys] of byDedupe) {
      for (let i = 0; i < feedKeys.length; i += 200) {
        const found = await this.db.getRepository(FeedItem).findBy({ dedupeKey, feedKey: In(feedKeys.slice(i, i + 200)) });
        for (const item of found) map.set(`${item.feedKey}\n${item.dedupeKey}`, item);
      }
    }
    return map;
  }

  private async sendWebhook(d: Delivery, sub: Subscription, body: string): Promise<Outcome> {
    const outcome = await this.postWebhook(d, sub, body);
    this.metrics.webhook(outcome.ok ? 'delivered' : outcome.statusCode ? `http_${outcome.statusCode}` : 'unreachable', outcome.durationMs / 1000);
    return outcome;
  }

  private async postWebhook(d: Delivery, sub: Subscription, body: string): Promise<Outcome> {
    const started = Date.now();
    try {
      // Through the SSRF guard: the address connected to is checked, on every delivery.
      const payload = Buffer.from(body);
      const res = await guardedRequest(d.target, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': String(payload.length),
          'user-agent': 'demarche-feeds/0.1',
          [SIGNATURE_HEADER]: signatureHeader(sub.webhookSecret ?? '', body),
          [DELIVERY_HEADER]: d.id,
          'demarche-subscription': sub.id,
          'demarche-event': FEED_ITEM_EVENT_TYPE,
        },
        body: payload,
        allowPrivateNetwork: this.webhookTargets.allowsPrivate(d.target),
        maxBytes: WEBHOOK_ANSWER_MAX_BYTES,
        maxRedirects: 0,
        timeoutMs: this.config.get('WEBHOOK_TIMEOUT_MS', { infer: true }),
      });
      const ok = res.status >= 200 && res.status < 300;
      return { delivery: d, ok, statusCode: res.status, error: ok ? null : `HTTP ${res.status}`, durationMs: Date.now() - started };
    } catch (error) {
      const e = error as Error & { cause?: Error; code?: string };
      const reason = e.cause?.message ?? e.message;
      return { delivery: d, ok: false, statusCode: null, error: e instanceof FetchError ? `${e.code}: ${reason}` : reason, durationMs: Date.now() - started };
    }
  }

  private async sendKafka(d: Delivery, doc: ReturnType<typeof toNinjs>): Promise<Outcome> {
    const started = Date.now();
    try {
      const headers = { ...cloudEventHeaders(FEED_ITEM_EVENT_TYPE, 'feeds'), [DELIVERY_HEADER]: d.id };
      await this.publisher.sendRaw(d.target, d.releaseId, JSON.stringify(doc), headers);
      return { delivery: d, ok: true, statusCode: null, error: null, durationMs: Date.now() - started };
    } catch (error) {
      return { delivery: d, ok: false, statusCode: null, error: (error as Error).message, durationMs: Date.now() - started };
    }
  }

  /** Records each try, advances or reschedules the rows, and counts failures per subscription. */
  private async settle(outcomes: Outcome[], paused: Delivery[]) {
    const now = new Date().toISOString();
    const base = this.config.get('WEBHOOK_RETRY_BASE_MS', { infer: true });
    const cap = this.config.get('WEBHOOK_RETRY_MAX_MS', { infer: true });
    const maxFailures = this.config.get('WEBHOOK_MAX_FAILURES', { infer: true });
    await this.db.transaction(async (tx) => {
      const attempts = outcomes.map((o) =>
        tx.create(DeliveryAttempt, {
          deliveryId: o.delivery.id,
          attempt: o.delivery.attempts + 1,
          at: now,
          ok: o.ok,
          statusCode: o.statusCode,
          error: o.error?.slice(0, 2000) ?? null,
          durationMs: o.durationMs,
        }),
      );
      for (let i = 0; i < attempts.length; i += 200) await insertMany(tx, DeliveryAttempt, attempts.slice(i, i + 200));

      const delivered = outcomes.filter((o) => o.ok);
      const byCode = new Map<number | null, Outcome[]>();
      for (const o of delivered) byCode.set(o.statusCode, [...(byCode.get(o.statusCode) ?? []), o]);
      for (const [code, group] of byCode) {
        for (let i = 0; i < group.length; i += 200) {
          await tx
            .createQueryBuilder()
            .update(Delivery)
            .set({ status: 'delivered', deliveredAt: now, claimToken: null, lastError: null, lastStatusCode: code, attempts: () => 'attempts + 1' })
            .where({ id: In(group.slice(i, i + 200).map((o) => o.delivery.id)) })
            .execute();
        }
      }
      const healthy = [...new Set(delivered.map((o) => o.delivery.subscriptionId).filter((id): id is string => !!id))];
      if (healthy.length) {
        await tx.createQueryBuilder().update(Subscription).set({ consecutiveFailures: 0 }).where({ id: In(healthy) }).andWhere('consecutive_failures > 0').execute();
      }

      for (const o of outcomes.filter((o) => !o.ok)) {
        const attempt = o.delivery.attempts + 1;
        const ceiling = Math.min(cap, base * 2 ** (attempt - 1));
        const delay = o.retryInMs ?? Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
        await tx.update(
          Delivery,
          { id: o.delivery.id },
          { attempts: attempt, nextAttemptAt: Date.now() + delay, claimToken: null, lastError: o.error?.slice(0, 2000) ?? null, lastStatusCode: o.statusCode },
        );
        if (o.delivery.subscriptionId) {
          await tx.increment(Subscription, { id: o.delivery.subscriptionId }, 'consecutiveFailures', 1);
          const sub = await tx.findOneBy(Subscription, { id: o.delivery.subscriptionId });
          if (sub && sub.status === 'active' && sub.consecutiveFailures >= maxFailures) {
            const reason = `${sub.consecutiveFailures} consecutive ${o.delivery.channel} delivery failures; last: ${o.error} (${now})`;
            await tx.update(Subscription, { id: sub.id }, { status: 'disabled', disabledReason: reason, updatedAt: now });
            this.logger.warn({ msg: 'subscription disabled', subscriptionId: sub.id, reason });
            this.subscriptions.invalidate();
          }
        }
      }
      // A disabled subscription's rows wait, unsent, until it is re-enabled.
      for (let i = 0; i < paused.length; i += 200) {
        await tx.update(Delivery, { id: In(paused.slice(i, i + 200).map((d) => d.id)) }, { claimToken: null, nextAttemptAt: Date.now() + LEASE_MS });
      }
    });
  }
}
