import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { ReleaseIndexedV1 } from '@demarche/contracts';
import { DependencyUnavailableError } from '@demarche/kafka';
import type { FeedItem } from '../items/feed-item.entity.js';
import type { FeedItemsService } from '../items/feed-items.service.js';
import type { LiveBus } from '../live/live-bus.js';
import type { Match, MatchingService } from '../matching/matching.service.js';
import type { WebSubPublisher } from '../pull/websub-publisher.js';
import type { SubscriptionsService } from '../subscriptions/subscriptions.service.js';
import type { OutboxWorker } from './outbox.worker.js';
import { ReleaseRouter } from './release-router.service.js';

const release = JSON.parse(
  readFileSync(new URL('../../../../libs/contracts/src/release-indexed/fixtures/v1.sample.json', import.meta.url), 'utf8'),
) as ReleaseIndexedV1;
const match = { feedKey: 'topic:climate', why: [] } as unknown as Match;

function router(record: FeedItemsService['record']) {
  const woken = { outbox: vi.fn(), live: vi.fn(), websub: vi.fn(async () => undefined) };
  const service = new ReleaseRouter(
    { active: async () => [] } as unknown as SubscriptionsService,
    { match: async () => [match] } as unknown as MatchingService,
    { record } as unknown as FeedItemsService,
    { wake: woken.outbox } as unknown as OutboxWorker,
    { wake: woken.live } as unknown as LiveBus,
    { publish: woken.websub } as unknown as WebSubPublisher,
  );
  return { service, woken };
}

describe('ReleaseRouter', () => {
  it('records the matches and wakes the outbox, the live log and WebSub for new items', async () => {
    const created = [{ feedKey: 'topic:climate', releaseId: release.id }] as FeedItem[];
    const record = vi.fn(async () => ({ created, updated: [] }));
    const { service, woken } = router(record);
    await service.route(release, { eventId: 'e1' });
    expect(record).toHaveBeenCalledWith(release, [match]);
    expect(woken.outbox).toHaveBeenCalledOnce();
    expect(woken.live).toHaveBeenCalledOnce();
    expect(woken.websub).toHaveBeenCalledWith(created);
  });

  it('wakes nobody when the release was already recorded (a redelivery)', async () => {
    const { service, woken } = router(async () => ({ created: [], updated: [] }));
    await service.route(release, {});
    expect(woken.outbox).not.toHaveBeenCalled();
    expect(woken.live).not.toHaveBeenCalled();
  });

  it('turns an unreachable store into DependencyUnavailableError, so the partition waits', async () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const { service } = router(async () => Promise.reject(refused));
    const failure = await service.route(release, {}).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DependencyUnavailableError);
    expect((failure as DependencyUnavailableError).dependency).toBe('database');
  });

  it('lets any other failure through unchanged, so it is retried a bounded number of times and dead-lettered', async () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'feedKey')");
    const { service } = router(async () => Promise.reject(bug));
    await expect(service.route(release, {})).rejects.toBe(bug);
  });
});
