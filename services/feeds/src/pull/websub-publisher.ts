import { Injectable, Logger } from '@nestjs/common';
import { FeedsConfig } from '../config/feeds.config.js';
import type { FeedItem } from '../items/feed-item.entity.js';

/**
 * Tells the WebSub hub advertised in the feeds (WEBSUB_HUB_URL) which feed URLs changed, so it
 * fetches and fans them out to its subscribers (the "publish" ping hubs accept). Best effort:
 * a hub that is down misses a ping, and the feeds stay correct for the next one.
 */
@Injectable()
export class WebSubPublisher {
  private readonly logger = new Logger(WebSubPublisher.name);
  private readonly hub?: string;
  private readonly baseUrl: string;

  constructor(config: FeedsConfig) {
    this.hub = config.websubHubUrl || undefined;
    this.baseUrl = config.publicUrl;
  }

  /** The feed URLs of these items' feeds, in every format. */
  changedUrls(items: FeedItem[]): string[] {
    return [...new Set(items.map((i) => i.feedKey))].flatMap((key) => {
      const [kind, id] = key.split(':', 2);
      const base = kind === 'topic' ? `${this.baseUrl}/feeds/${id}` : `${this.baseUrl}/subscriptions/${id}/feed`;
      return ['atom', 'rss', 'json'].map((format) => `${base}.${format}`);
    });
  }

  async publish(items: FeedItem[]): Promise<void> {
    if (!this.hub || !items.length) return;
    const body = new URLSearchParams([['hub.mode', 'publish'], ...this.changedUrls(items).map((url): [string, string] => ['hub.url', url])]);
    try {
      const res = await fetch(this.hub, { method: 'POST', body, signal: AbortSignal.timeout(5000) });
      if (!res.ok) this.logger.warn({ msg: 'hub refused the publish ping', hub: this.hub, status: res.status });
    } catch (error) {
      this.logger.warn({ msg: 'hub unreachable', hub: this.hub, error: (error as Error).message });
    }
  }
}
