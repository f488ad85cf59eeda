import { Controller, Get, Inject, NotFoundException, Param, Req, Res } from '@nestjs/common';
import { ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { FeedsConfig } from '../config/feeds.config.js';
import { EventStream } from '../live/event-stream.js';
import { TOPIC_FEEDS } from '../topic-feeds/topic-feeds.module.js';
import { feedTopic, type TopicFeed } from '../topic-feeds/topic-feeds.js';
import { FEED_FORMATS, type FeedFormat } from './feed-renderer.js';
import { FeedResponder } from './feed-response.js';
import { RequireScope } from '@demarche/platform';

@ApiTags('feeds')
@RequireScope('search')
@Controller('feeds')
export class FeedsController {
  private readonly baseUrl: string;

  constructor(
    @Inject(TOPIC_FEEDS) private readonly feeds: TopicFeed[],
    private readonly responder: FeedResponder,
    private readonly events: EventStream,
    config: FeedsConfig,
  ) {
    this.baseUrl = config.publicUrl;
  }

  @Get()
  @ApiOperation({ summary: 'The topic feeds, with their pull, live and Kafka addresses' })
  @ApiOkResponse({ description: '[{slug, title, description, links, kafkaTopic}]' })
  list() {
    return this.feeds.map((f) => ({
      slug: f.slug,
      title: f.title,
      description: f.description,
      kafkaTopic: feedTopic(f.slug),
      links: {
        atom: `${this.baseUrl}/feeds/${f.slug}.atom`,
        rss: `${this.baseUrl}/feeds/${f.slug}.rss`,
        json: `${this.baseUrl}/feeds/${f.slug}.json`,
        events: `${this.baseUrl}/feeds/${f.slug}/events`,
      },
    }));
  }

  @Get(':file')
  @ApiOperation({ summary: 'A topic feed as Atom 1.0 (.atom), RSS 2.0 (.rss) or JSON Feed 1.1 (.json)' })
  @ApiParam({ name: 'file', example: 'korean-peninsula.atom' })
  @ApiHeader({ name: 'If-None-Match', required: false, description: 'ETag of a copy you have: 304 when unchanged' })
  @ApiProduces(...Object.values(FEED_FORMATS))
  @ApiOkResponse({ description: 'The feed document' })
  @ApiNotFoundResponse()
  async feed(@Param('file') file: string, @Req() req: Request, @Res() res: Response) {
    const [, slug, format] = /^(.+)\.(atom|rss|json)$/.exec(file) ?? [];
    const feed = this.find(slug);
    await this.responder.send(req, res, `topic:${feed.slug}`, format as FeedFormat, {
      id: `urn:demarche:feed:${feed.slug}`,
      title: feed.title,
      description: feed.description,
      self: `${this.baseUrl}/feeds/${feed.slug}`,
      home: `${this.baseUrl}/feeds`,
    });
  }

  @Get(':slug/events')
  @ApiOperation({ summary: 'Server-Sent Events of a topic feed: one `item` event (a ninjs document) per new story; resumable with Last-Event-ID' })
  @ApiHeader({ name: 'Last-Event-ID', required: false, description: 'Resume after this event id' })
  @ApiProduces('text/event-stream')
  @ApiNotFoundResponse()
  async stream(@Param('slug') slug: string, @Req() req: Request, @Res() res: Response) {
    const feed = this.find(slug);
    await this.events.serve(req, res, `topic:${feed.slug}`);
  }

  private find(slug: string | undefined): TopicFeed {
    const feed = this.feeds.find((f) => f.slug === slug);
    if (!feed) throw new NotFoundException(`No topic feed ${slug ?? ''} (see GET /feeds); formats: .atom, .rss, .json`);
    return feed;
  }
}
