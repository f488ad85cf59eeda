import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { FeedsConfig } from '../config/feeds.config.js';
import { FeedItemsService } from '../items/feed-items.service.js';
import { FEED_FORMATS, etagOf, notModified, renderFeed, type FeedDescription, type FeedFormat } from './feed-renderer.js';

/** Answers a pull request for one feed in one format, with ETag / If-None-Match. */
@Injectable()
export class FeedResponder {
  constructor(
    private readonly items: FeedItemsService,
    private readonly config: FeedsConfig,
  ) {}

  async send(req: Request, res: Response, feedKey: string, format: FeedFormat, feed: FeedDescription) {
    const items = await this.items.latest(feedKey, this.config.feedItems);
    const releases = await this.items.releases(items.map((i) => i.releaseId));
    const hub = this.config.websubHubUrl;
    const body = renderFeed(format, { ...feed, ...(hub ? { hub } : {}) }, items, releases);
    const etag = etagOf(body);
    const links = [`<${feed.self}.${format}>; rel="self"`, ...(hub ? [`<${hub}>; rel="hub"`] : [])];
    res.set({ etag, 'cache-control': 'public, max-age=30', link: links.join(', '), vary: 'accept-encoding' });
    if (notModified(req.header('if-none-match'), etag)) {
      res.status(304).end();
      return;
    }
    res.status(200).type(FEED_FORMATS[format]).send(body);
  }
}
