import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { ReleaseIndexedV1 } from '@demarche/contracts';
import { toNinjs } from '../delivery/ninjs.js';
import type { FeedItem } from '../items/feed-item.entity.js';
import { FeedItemsService } from '../items/feed-items.service.js';
import { LiveBus } from './live-bus.js';

const HEARTBEAT_MS = 15_000;

/**
 * Server-Sent Events for one feed. Event ids are the items' sequence numbers, so a client that
 * reconnects with Last-Event-ID (or `?lastEventId=`) gets what it missed from the database first.
 */
@Injectable()
export class EventStream {
  constructor(
    private readonly items: FeedItemsService,
    private readonly live: LiveBus,
  ) {}

  async serve(req: Request, res: Response, feedKey: string) {
    const resumeFrom = Number(req.header('last-event-id') ?? req.query.lastEventId);
    res.status(200).set({
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    res.flushHeaders();
    res.write('retry: 3000\n\n');

    let lastSent = Number.isFinite(resumeFrom) ? resumeFrom : Number.POSITIVE_INFINITY;
    const buffered: Array<[FeedItem, ReleaseIndexedV1]> = [];
    let replaying = Number.isFinite(resumeFrom);
    const send = (item: FeedItem, release: ReleaseIndexedV1) => {
      if (Number.isFinite(lastSent) && item.seq <= lastSent) return;
      const doc = toNinjs(release, { feed: feedKey, why: item.why, alsoPublishedBy: item.alsoPublishedBy });
      res.write(`id: ${item.seq}\nevent: item\ndata: ${JSON.stringify(doc)}\n\n`);
      lastSent = item.seq;
    };
    // Listen before replaying, so nothing published during the replay is lost.
    const unsubscribe = this.live.subscribe(feedKey, (item, release) => {
      if (replaying) buffered.push([item, release]);
      else {
        if (!Number.isFinite(lastSent)) lastSent = item.seq - 1;
        send(item, release);
      }
    });
    const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
    req.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
    });

    if (replaying) {
      // Only up to where the live log has been read: past it a hole may still fill (a commit in
      // flight on another replica), and the bus delivers those items in order once it has.
      const upTo = this.live.position();
      for (;;) {
        const page = await this.items.after(feedKey, lastSent, 200, upTo);
        if (!page.length) break;
        const releases = await this.items.releases(page.map((i) => i.releaseId));
        for (const item of page) {
          const release = releases.get(item.releaseId);
          if (release) send(item, release);
          else lastSent = item.seq;
        }
      }
      replaying = false;
      for (const [item, release] of buffered.splice(0)) send(item, release);
    }
  }
}
