import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Between, In, MoreThan, type DataSource, type EntityManager } from 'typeorm';
import type { ReleaseIndexedV1 } from '@demarche/contracts';
import { insertMany } from '../database/insert-many.js';
import { FeedsConfig } from '../config/feeds.config.js';
import { Delivery } from '../delivery/delivery.entity.js';
import { emailDueAt } from '../delivery/email-digest.js';
import type { Match } from '../matching/matching.service.js';
import { feedTopic } from '../topic-feeds/topic-feeds.js';
import { FeedItem } from './feed-item.entity.js';
import { FeedRelease } from './feed-release.entity.js';

const CHUNK = 200;

export interface RecordResult {
  created: FeedItem[];
  /** Feeds where the release was a syndicated copy of a story already there. */
  updated: FeedItem[];
}

/**
 * Records matches, exactly once per (feed, story): the unique (feed_key, dedupe_key) key turns a
 * redelivered event into a no-op and a syndicated copy into an "also published by" update. The
 * outbox rows are written in the same transaction, so a match is never recorded without them.
 */
@Injectable()
export class FeedItemsService {
  /** SQLite allows one writer; serialising here also keeps concurrent copies of one story apart. */
  private queue: Promise<unknown> = Promise.resolve();

  private readonly digestWindows: { hourlyMs: number; dailyMs: number };

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    config: FeedsConfig,
  ) {
    this.digestWindows = { hourlyMs: config.email.hourlyDigestMs, dailyMs: config.email.dailyDigestMs };
  }

  record(release: ReleaseIndexedV1, matches: Match[]): Promise<RecordResult> {
    const run = this.queue.then(() => this.db.transaction((tx) => this.recordIn(tx, release, matches)));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async recordIn(tx: EntityManager, release: ReleaseIndexedV1, matches: Match[]): Promise<RecordResult> {
    const now = new Date().toISOString();
    const keyed = matches.map((m) => ({ ...m, dedupeKey: m.subscription?.delivery.everyCopy ? release.id : release.clusterId }));
    const existing: FeedItem[] = [];
    for (const dedupeKey of new Set(keyed.map((m) => m.dedupeKey))) {
      const feedKeys = keyed.filter((m) => m.dedupeKey === dedupeKey).map((m) => m.feedKey);
      for (let i = 0; i < feedKeys.length; i += CHUNK) {
        existing.push(...(await tx.findBy(FeedItem, { dedupeKey, feedKey: In(feedKeys.slice(i, i + CHUNK)) })));
      }
    }
    if (keyed.length) await this.saveRelease(tx, release);
    const byFeed = new Map(existing.map((item) => [item.feedKey, item]));

    const updated: FeedItem[] = [];
    for (const item of existing) {
      if (item.releaseId === release.id || item.alsoPublishedBy.some((c) => c.releaseId === release.id)) continue;
      item.alsoPublishedBy = [
        ...item.alsoPublishedBy,
        { releaseId: release.id, source: release.source.id, url: release.url, title: release.title, at: now },
      ];
      item.updatedAt = now;
      await tx.update(FeedItem, { seq: item.seq }, { alsoPublishedBy: item.alsoPublishedBy, updatedAt: now });
      updated.push(item);
    }

    const fresh = keyed.filter((m) => !byFeed.has(m.feedKey));
    const items = fresh.map((m) =>
      tx.create(FeedItem, {
        feedKey: m.feedKey,
        dedupeKey: m.dedupeKey,
        releaseId: release.id,
        clusterId: release.clusterId,
        title: release.title.slice(0, 1000),
        publishedAt: release.publishedAt ?? null,
        matchedAt: now,
        updatedAt: now,
        why: m.why,
        alsoPublishedBy: [],
      }),
    );
    for (let i = 0; i < items.length; i += CHUNK) await insertMany(tx, FeedItem, items.slice(i, i + CHUNK));

    const deliveries = fresh.flatMap((m): Array<Partial<Delivery>> => {
      const base = {
        feedKey: m.feedKey,
        dedupeKey: m.dedupeKey,
        releaseId: release.id,
        status: 'pending' as const,
        attempts: 0,
        nextAttemptAt: Date.now(),
        createdAt: now,
      };
      if (m.topicFeed) return [{ ...base, id: deliveryId(), subscriptionId: null, channel: 'kafka' as const, target: feedTopic(m.topicFeed.slug) }];
      const out: Array<Partial<Delivery>> = [];
      const { webhook, email } = m.subscription?.delivery ?? {};
      if (webhook) out.push({ ...base, id: deliveryId(), subscriptionId: m.subscription!.id, channel: 'webhook' as const, target: webhook.url });
      if (email) {
        const nextAttemptAt = emailDueAt(base.nextAttemptAt, email.digest, this.digestWindows);
        out.push({ ...base, id: deliveryId(), subscriptionId: m.subscription!.id, channel: 'email' as const, target: email.to, nextAttemptAt });
      }
      return out;
    });
    for (let i = 0; i < deliveries.length; i += CHUNK) await insertMany(tx, Delivery, deliveries.slice(i, i + CHUNK) as Delivery[]);

    // Inserted rows lack their seq on some drivers: read them back for the live streams.
    const created = items.length
      ? await tx.find(FeedItem, { where: { releaseId: release.id, matchedAt: now }, order: { seq: 'ASC' } })
      : [];
    return { created, updated };
  }

  private async saveRelease(tx: EntityManager, release: ReleaseIndexedV1) {
    const stored = await tx.findOne(FeedRelease, { where: { id: release.id }, select: { id: true, revision: true } });
    if (!stored) await tx.insert(FeedRelease, { id: release.id, revision: release.revision, release });
    else if (stored.revision < release.revision) await tx.update(FeedRelease, { id: release.id }, { revision: release.revision, release });
  }

  /** The stored releases of these items, by id. */
  async releases(ids: string[]): Promise<Map<string, ReleaseIndexedV1>> {
    const unique = [...new Set(ids)];
    const found: FeedRelease[] = [];
    for (let i = 0; i < unique.length; i += CHUNK) {
      found.push(...(await this.db.getRepository(FeedRelease).findBy({ id: In(unique.slice(i, i + CHUNK)) })));
    }
    return new Map(found.map((r) => [r.id, r.release]));
  }

  /** Latest items of a feed, newest first. */
  latest(feedKey: string, limit: number): Promise<FeedItem[]> {
    return this.db.getRepository(FeedItem).find({ where: { feedKey }, order: { seq: 'DESC' }, take: limit });
  }

  /** Items after an SSE event id (and up to `upTo`), oldest first. */
  after(feedKey: string, seq: number, limit = 500, upTo?: number): Promise<FeedItem[]> {
    const range = upTo === undefined ? MoreThan(seq) : Between(seq + 1, upTo);
    return this.db.getRepository(FeedItem).find({ where: { feedKey, seq: range }, order: { seq: 'ASC' }, take: limit });
  }

  item(feedKey: string, dedupeKey: string): Promise<FeedItem | null> {
    return this.db.getRepository(FeedItem).findOneBy({ feedKey, dedupeKey });
  }
}

const deliveryId = () => `dlv_${randomBytes(12).toString('hex')}`;
