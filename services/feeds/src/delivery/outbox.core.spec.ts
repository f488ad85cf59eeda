import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { ReleaseIndexedV1 } from '@demarche/contracts';
import type { FeedItem } from '../items/feed-item.entity.js';
import type { Subscription } from '../subscriptions/subscription.entity.js';
import type { Delivery } from './delivery.entity.js';
import { disableReason, itemKey, jobFor, retryDelay, settlementOf, type Outcome } from './outbox.core.js';

const release = JSON.parse(
  readFileSync(new URL('../../../../libs/contracts/src/release-indexed/fixtures/v1.sample.json', import.meta.url), 'utf8'),
) as ReleaseIndexedV1;
const delivery = (id: string, fields: Partial<Delivery> = {}) =>
  ({ id, feedKey: 'sub:sub_1', dedupeKey: release.clusterId, subscriptionId: 'sub_1', channel: 'webhook', target: 'https://desk.example.org/hook', releaseId: release.id, attempts: 0, ...fields }) as Delivery;
const item = { feedKey: 'sub:sub_1', dedupeKey: release.clusterId, releaseId: release.id, why: [{ rule: 'country', value: 'ES', evidence: 'country ES' }], alsoPublishedBy: [] } as unknown as FeedItem;
const subscription = (status: Subscription['status'], consecutiveFailures = 0) => ({ id: 'sub_1', status, consecutiveFailures }) as Subscription;
const outcome = (d: Delivery, fields: Partial<Outcome> = {}): Outcome => ({ delivery: d, ok: false, statusCode: 500, error: 'HTTP 500', durationMs: 12, ...fields });
const policy = { baseMs: 1000, maxMs: 60_000 };

describe('which claimed rows are sent', () => {
  const items = new Map([[itemKey(item), item]]);
  const releases = new Map([[release.id, release]]);

  it('sends an active subscription\'s row as the ninjs document of its release, naming the delivery', () => {
    const job = jobFor(delivery('dlv_1'), new Map([['sub_1', subscription('active')]]), items, releases);
    expect(job.kind).toBe('send');
    if (job.kind !== 'send') return;
    expect(job.document.uri).toBe(`urn:demarche:release:${release.id}`);
    expect(job.document.demarche).toMatchObject({ feed: 'sub:sub_1', deliveryId: 'dlv_1' });
  });

  it('keeps the rows of a disabled or deleted subscription waiting', () => {
    expect(jobFor(delivery('dlv_1'), new Map([['sub_1', subscription('disabled')]]), items, releases).kind).toBe('paused');
    expect(jobFor(delivery('dlv_1'), new Map(), items, releases).kind).toBe('paused');
  });

  it('fails a row whose feed item or release is gone', () => {
    const subs = new Map([['sub_1', subscription('active')]]);
    const job = jobFor(delivery('dlv_1'), subs, new Map(), releases);
    expect(job).toMatchObject({ kind: 'missing', outcome: { ok: false, error: 'feed item missing' } });
    expect(jobFor(delivery('dlv_1'), subs, items, new Map()).kind).toBe('missing');
  });

  it('sends a topic-feed Kafka row, which has no subscription', () => {
    const topicItem = { ...item, feedKey: 'topic:climate' } as FeedItem;
    const job = jobFor(delivery('dlv_k', { feedKey: 'topic:climate', subscriptionId: null, channel: 'kafka' }), new Map(), new Map([[itemKey(topicItem), topicItem]]), releases);
    expect(job.kind).toBe('send');
  });
});

describe('settling a pass', () => {
  it('groups delivered rows by status code and clears the failure count of their subscriptions', () => {
    const s = settlementOf(
      [outcome(delivery('a'), { ok: true, statusCode: 200, error: null }), outcome(delivery('b'), { ok: true, statusCode: 204, error: null }), outcome(delivery('c', { subscriptionId: null, channel: 'kafka' }), { ok: true, statusCode: null, error: null })],
      policy,
    );
    expect([...s.deliveredByCode]).toEqual([[200, ['a']], [204, ['b']], [null, ['c']]]);
    expect(s.healthy).toEqual(['sub_1']);
    expect(s.retries).toEqual([]);
  });

  it('reschedules a failure with a delay that doubles per attempt, capped, and counts it against the subscription', () => {
    vi.spyOn(Math, 'random').mockReturnValue(1);
    const s = settlementOf([outcome(delivery('a', { attempts: 2 })), outcome(delivery('b', { attempts: 20 }))], policy, 1_000_000);
    vi.restoreAllMocks();
    expect(s.retries).toEqual([
      { id: 'a', attempts: 3, nextAttemptAt: 1_000_000 + 4000, lastError: 'HTTP 500', lastStatusCode: 500 },
      { id: 'b', attempts: 21, nextAttemptAt: 1_000_000 + 60_000, lastError: 'HTTP 500', lastStatusCode: 500 },
    ]);
    expect(s.failedSubscriptions.map((f) => f.subscriptionId)).toEqual(['sub_1', 'sub_1']);
  });

  it('keeps an e-mail digest\'s own retry time, and cuts long errors to the column', () => {
    const s = settlementOf([outcome(delivery('a', { channel: 'email' }), { retryInMs: 777, error: 'x'.repeat(3000) })], policy, 0);
    expect(s.retries[0].nextAttemptAt).toBe(777);
    expect(s.retries[0].lastError).toHaveLength(2000);
  });

  it('draws retry delays between half the ceiling and the ceiling', () => {
    for (let i = 0; i < 50; i++) {
      const delay = retryDelay(4, policy);
      expect(delay).toBeGreaterThanOrEqual(4000);
      expect(delay).toBeLessThanOrEqual(8000);
    }
  });
});

describe('disabling a failing subscription', () => {
  const failure = outcome(delivery('a'), { error: 'ECONNREFUSED: connect refused' });

  it('disables an active subscription at the failure limit, saying why', () => {
    expect(disableReason(subscription('active', 10), failure, 10, '2026-03-01T10:00:00.000Z')).toBe(
      '10 consecutive webhook delivery failures; last: ECONNREFUSED: connect refused (2026-03-01T10:00:00.000Z)',
    );
  });

  it('leaves it on below the limit, and does not disable one already off', () => {
    expect(disableReason(subscription('active', 9), failure, 10, 'now')).toBeUndefined();
    expect(disableReason(subscription('disabled', 50), failure, 10, 'now')).toBeUndefined();
  });
});
