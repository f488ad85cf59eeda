import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { ReleaseIndexedV1 } from '@demarche/contracts';
import type { FeedsConfig } from '../config/feeds.config.js';
import type { FeedItem } from '../items/feed-item.entity.js';
import type { FeedItemsService } from '../items/feed-items.service.js';
import type { Subscription } from '../subscriptions/subscription.entity.js';
import type { SubscriptionsService } from '../subscriptions/subscriptions.service.js';
import type { Delivery } from './delivery.entity.js';
import type { EmailOutbox } from './email.outbox.js';
import type { KafkaFeedSender } from './kafka-feed.sender.js';
import { itemKey, type Outcome, type Settlement } from './outbox.core.js';
import type { OutboxRepository } from './outbox.repository.js';
import { OutboxWorker } from './outbox.worker.js';
import type { WebhookSender } from './webhook.sender.js';

const release = JSON.parse(
  readFileSync(new URL('../../../../libs/contracts/src/release-indexed/fixtures/v1.sample.json', import.meta.url), 'utf8'),
) as ReleaseIndexedV1;
const row = (id: string, subscriptionId: string | null, channel: Delivery['channel'], feedKey = `sub:${subscriptionId}`) =>
  ({ id, feedKey, dedupeKey: release.clusterId, subscriptionId, channel, target: channel === 'kafka' ? 'feeds.climate.v1' : 'https://desk.example.org/hook', releaseId: release.id, attempts: 0 }) as Delivery;
const item = (feedKey: string) => ({ feedKey, dedupeKey: release.clusterId, releaseId: release.id, why: [], alsoPublishedBy: [] }) as unknown as FeedItem;

/** One claimed batch, webhook and Kafka senders that answer as told, and the settlement kept for the assertions. */
function newTestWorker(claimed: Delivery[], subs: Subscription[], answers: { webhook: boolean; kafka: boolean }, disabled: { id: string; reason: string }[] = []) {
  const settled: { outcomes: Outcome[]; settlement: Settlement; paused: Delivery[] }[] = [];
  const batches = [claimed];
  const repo = {
    claimDue: async () => batches.shift() ?? [],
    subscriptionsOf: async () => new Map(subs.map((s) => [s.id, s])),
    itemsOf: async (rows: Delivery[]) => new Map(rows.map((d) => [itemKey(d), item(d.feedKey)])),
    settle: async (outcomes: Outcome[], settlement: Settlement, paused: Delivery[]) => (settled.push({ outcomes, settlement, paused }), disabled),
  } as unknown as OutboxRepository;
  const outcome = (delivery: Delivery, ok: boolean): Outcome => ({ delivery, ok, statusCode: ok ? 200 : null, error: ok ? null : 'ECONNREFUSED', durationMs: 1 });
  const webhooks = { send: vi.fn(async (d: Delivery, _sub: Subscription, _body: string) => outcome(d, answers.webhook)) };
  const kafka = { send: vi.fn(async (d: Delivery) => outcome(d, answers.kafka)) };
  const subscriptions = { invalidate: vi.fn() };
  const config = { webhook: { concurrency: 4, maxFailures: 3 }, retry: { baseMs: 1000, maxMs: 60_000 }, outboxPollMs: 60_000 } as FeedsConfig;
  const worker = new OutboxWorker(
    repo,
    { releases: async () => new Map([[release.id, release]]) } as unknown as FeedItemsService,
    subscriptions as unknown as SubscriptionsService,
    config,
    webhooks as unknown as WebhookSender,
    kafka as unknown as KafkaFeedSender,
    { send: async () => [] } as unknown as EmailOutbox,
  );
  /** Runs one pass: wake, then stop after the batch is settled. */
  const pass = async () => {
    worker.wake();
    await worker.onApplicationShutdown();
  };
  return { pass, settled, webhooks, kafka, subscriptions };
}

const active = { id: 'sub_1', status: 'active', webhookSecret: 'whsec_1', consecutiveFailures: 0 } as Subscription;
const off = { id: 'sub_2', status: 'disabled', consecutiveFailures: 5 } as Subscription;

describe('OutboxWorker', () => {
  it('sends each channel through its sender, holds back a disabled subscription\'s rows, and settles the pass', async () => {
    const claimed = [row('dlv_w', 'sub_1', 'webhook'), row('dlv_k', null, 'kafka', 'topic:climate'), row('dlv_p', 'sub_2', 'webhook')];
    const { pass, settled, webhooks, kafka } = newTestWorker(claimed, [active, off], { webhook: true, kafka: false });
    await pass();
    expect(webhooks.send).toHaveBeenCalledTimes(1);
    expect(webhooks.send.mock.calls[0][1]).toBe(active);
    expect(JSON.parse(webhooks.send.mock.calls[0][2])).toMatchObject({ uri: `urn:demarche:release:${release.id}` });
    expect(kafka.send.mock.calls.map((c) => c[0].id)).toEqual(['dlv_k']);
    expect(settled).toHaveLength(1);
    const [{ settlement, paused }] = settled;
    expect([...settlement.deliveredByCode]).toEqual([[200, ['dlv_w']]]);
    expect(settlement.healthy).toEqual(['sub_1']);
    expect(settlement.retries.map((r) => ({ id: r.id, attempts: r.attempts }))).toEqual([{ id: 'dlv_k', attempts: 1 }]);
    expect(paused.map((d) => d.id)).toEqual(['dlv_p']);
  });

  it('forgets its cached subscriptions when the settlement disabled one', async () => {
    const failing = newTestWorker([row('dlv_w', 'sub_1', 'webhook')], [active], { webhook: false, kafka: true }, [{ id: 'sub_1', reason: '3 consecutive webhook delivery failures' }]);
    await failing.pass();
    expect(failing.settled[0].settlement.failedSubscriptions.map((f) => f.subscriptionId)).toEqual(['sub_1']);
    expect(failing.subscriptions.invalidate).toHaveBeenCalledOnce();
    const healthy = newTestWorker([row('dlv_w', 'sub_1', 'webhook')], [active], { webhook: true, kafka: true });
    await healthy.pass();
    expect(healthy.subscriptions.invalidate).not.toHaveBeenCalled();
  });
});
