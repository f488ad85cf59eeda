import { Injectable } from '@nestjs/common';
import { EventEmitter } from 'node:events';
import type { ReleaseIndexedV1 } from '@demarche/contracts';
import type { FeedItem } from '../items/feed-item.entity.js';

export type LiveListener = (item: FeedItem, release: ReleaseIndexedV1) => void;

/** New feed items, in process, for the SSE streams (which replay from the database on reconnect). */
@Injectable()
export class LiveBus {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  publish(items: FeedItem[], release: ReleaseIndexedV1) {
    for (const item of items) this.emitter.emit(item.feedKey, item, release);
  }

  subscribe(feedKey: string, listener: LiveListener): () => void {
    this.emitter.on(feedKey, listener);
    return () => this.emitter.off(feedKey, listener);
  }
}
