import { EventEmitter } from 'node:events';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MoreThan, type DataSource } from 'typeorm';
import type { ReleaseIndexedV1 } from '@demarche/contracts';
import { FeedsConfig } from '../config/feeds.config.js';
import { FeedItem } from '../items/feed-item.entity.js';
import { FeedItemsService } from '../items/feed-items.service.js';
import { LogCursor } from './log-cursor.js';

export type LiveListener = (item: FeedItem, release: ReleaseIndexedV1) => void;

const PAGE = 500;

/**
 * New feed items for the SSE streams of this replica, whichever replica matched them: every
 * replica tails the durable feed item log (the shared database) in sequence order, so a client
 * connected anywhere gets every item of its feed once and in order, and its Last-Event-ID (the
 * sequence number) means the same on every replica.
 */
@Injectable()
export class LiveBus implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(LiveBus.name);
  private readonly emitter = new EventEmitter().setMaxListeners(0);
  private cursor?: LogCursor;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;
  private readonly pollMs: number;
  private readonly gapWaitMs: number;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly items: FeedItemsService,
    config: FeedsConfig,
  ) {
    this.pollMs = config.live.pollMs;
    this.gapWaitMs = config.live.gapWaitMs;
  }

  async onApplicationBootstrap() {
    const last = await this.db.getRepository(FeedItem).createQueryBuilder('i').select('MAX(i.seq)', 'max').getRawOne<{ max: number | null }>();
    this.cursor = new LogCursor(Number(last?.max ?? 0), this.gapWaitMs);
    this.schedule(this.pollMs);
  }

  async onApplicationShutdown() {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** The last sequence number handed to listeners: replays read up to here, the bus goes on from here. */
  position(): number {
    return this.cursor?.position ?? 0;
  }

  /** Items were recorded on this replica: read the log now rather than at the next tick. */
  wake() {
    if (!this.running && this.cursor) this.schedule(0);
  }

  subscribe(feedKey: string, listener: LiveListener): () => void {
    this.emitter.on(feedKey, listener);
    return () => this.emitter.off(feedKey, listener);
  }

  private schedule(ms: number) {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.running = this.poll()
        .catch((error: Error) => this.logger.warn({ msg: 'reading the feed item log failed', error: error.message }))
        .finally(() => {
          this.running = undefined;
          this.schedule(this.pollMs);
        });
    }, ms);
  }

  private async poll() {
    for (;;) {
      const rows = await this.db.getRepository(FeedItem).find({ where: { seq: MoreThan(this.cursor!.position) }, order: { seq: 'ASC' }, take: PAGE });
      const ready = this.cursor!.advance(rows);
      const wanted = ready.filter((item) => this.emitter.listenerCount(item.feedKey) > 0);
      if (wanted.length) {
        const releases = await this.items.releases(wanted.map((i) => i.releaseId));
        for (const item of wanted) {
          const release = releases.get(item.releaseId);
          if (release) this.emitter.emit(item.feedKey, item, release);
        }
      }
      if (rows.length < PAGE || ready.length < rows.length) return;
    }
  }
}
