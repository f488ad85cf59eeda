import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { FeedsConfig } from '../config/feeds.config.js';
import { FeedItemsService } from '../items/feed-items.service.js';
import { SubscriptionsService } from '../subscriptions/subscriptions.service.js';
import type { Delivery } from './delivery.entity.js';
import { EmailOutbox } from './email.outbox.js';
import { KafkaFeedSender } from './kafka-feed.sender.js';
import { disableReason, jobFor, settlementOf, type Job, type Outcome, type RetryPolicy } from './outbox.core.js';
import { OutboxRepository } from './outbox.repository.js';
import { WebhookSender } from './webhook.sender.js';

const BATCH = 500;
/** A claimed row comes back to the queue after this long, so a worker killed mid-send loses nothing. */
const LEASE_MS = 60_000;

/**
 * Sends the outbox: webhooks (signed ninjs POSTs), Kafka feed topics and e-mail (EmailOutbox). Rows are claimed with a
 * lease and a claim token (OutboxRepository), so restarts and parallel workers never send a row twice at once;
 * failures come back with exponential backoff and jitter (outbox.core).
 */
@Injectable()
export class OutboxWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxWorker.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private stopped = false;

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly items: FeedItemsService,
    private readonly subscriptions: SubscriptionsService,
    private readonly config: FeedsConfig,
    private readonly webhooks: WebhookSender,
    private readonly kafka: KafkaFeedSender,
    private readonly emails: EmailOutbox,
  ) {}

  onApplicationBootstrap() {
    this.timer = setInterval(() => this.wake(), this.config.outboxPollMs);
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
      const claimed = await this.outbox.claimDue(BATCH, LEASE_MS);
      if (!claimed.length) return;
      await this.send(claimed);
      if (this.stopped) return;
    }
  }

  private async send(deliveries: Delivery[]) {
    const subs = await this.outbox.subscriptionsOf(deliveries);
    const items = await this.outbox.itemsOf(deliveries);
    const releases = await this.items.releases([...items.values()].map((i) => i.releaseId));

    const outcomes: Outcome[] = [];
    const paused: Delivery[] = [];
    const queue = deliveries.filter((d) => d.channel !== 'email').map((d) => jobFor(d, subs, items, releases));
    const workers = Array.from({ length: this.config.webhook.concurrency }, async () => {
      for (let job = queue.shift(); job; job = queue.shift()) {
        if (job.kind === 'paused') paused.push(job.delivery);
        else if (job.kind === 'missing') outcomes.push(job.outcome);
        else outcomes.push(await this.deliver(job));
      }
    });
    await Promise.all(workers);
    const emails = deliveries.filter((d) => d.channel === 'email');
    if (emails.length) outcomes.push(...(await this.emails.send(emails, subs, items, releases, paused)));
    await this.settle(outcomes, paused);
  }

  private deliver(job: Extract<Job, { kind: 'send' }>): Promise<Outcome> {
    if (job.delivery.channel === 'kafka') return this.kafka.send(job.delivery, job.document);
    return this.webhooks.send(job.delivery, job.subscription!, JSON.stringify(job.document));
  }

  /** Records each try, advances or reschedules the rows, and counts failures per subscription. */
  private async settle(outcomes: Outcome[], paused: Delivery[]) {
    const policy: RetryPolicy = { baseMs: this.config.retry.baseMs, maxMs: this.config.retry.maxMs };
    const maxFailures = this.config.webhook.maxFailures;
    const at = new Date().toISOString();
    const disabled = await this.outbox.settle(outcomes, settlementOf(outcomes, policy), paused, {
      leaseMs: LEASE_MS,
      disableReason: (sub, failure) => disableReason(sub, failure, maxFailures, at),
    });
    for (const { id, reason } of disabled) this.logger.warn({ msg: 'subscription disabled', subscriptionId: id, reason });
    if (disabled.length) this.subscriptions.invalidate();
  }
}
