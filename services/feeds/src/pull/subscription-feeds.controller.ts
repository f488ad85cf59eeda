import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { FeedsConfig } from '../config/feeds.config.js';
import { EventStream } from '../live/event-stream.js';
import { SubscriptionsService } from '../subscriptions/subscriptions.service.js';
import { FEED_FORMATS, type FeedFormat } from './feed-renderer.js';
import { FeedResponder } from './feed-response.js';
import { RequireScope } from '@demarche/platform';

@ApiTags('subscriptions')
@RequireScope('subscriptions')
@Controller('subscriptions/:id')
export class SubscriptionFeedsController {
  private readonly baseUrl: string;

  constructor(
    private readonly subscriptions: SubscriptionsService,
    private readonly responder: FeedResponder,
    private readonly events: EventStream,
    config: FeedsConfig,
  ) {
    this.baseUrl = config.publicUrl;
  }

  @Get('feed.atom')
  @ApiOperation({ summary: "A subscription's matches as Atom 1.0" })
  @ApiHeader({ name: 'If-None-Match', required: false })
  @ApiProduces(FEED_FORMATS.atom)
  @ApiOkResponse()
  @ApiNotFoundResponse()
  atom(@Param('id') id: string, @Req() req: Request, @Res() res: Response) {
    return this.send(id, 'atom', req, res);
  }

  @Get('feed.rss')
  @ApiOperation({ summary: "A subscription's matches as RSS 2.0" })
  @ApiHeader({ name: 'If-None-Match', required: false })
  @ApiProduces(FEED_FORMATS.rss)
  @ApiOkResponse()
  @ApiNotFoundResponse()
  rss(@Param('id') id: string, @Req() req: Request, @Res() res: Response) {
    return this.send(id, 'rss', req, res);
  }

  @Get('feed.json')
  @ApiOperation({ summary: "A subscription's matches as JSON Feed 1.1" })
  @ApiHeader({ name: 'If-None-Match', required: false })
  @ApiProduces(FEED_FORMATS.json)
  @ApiOkResponse()
  @ApiNotFoundResponse()
  json(@Param('id') id: string, @Req() req: Request, @Res() res: Response) {
    return this.send(id, 'json', req, res);
  }

  @Get('events')
  @ApiOperation({ summary: "Server-Sent Events of a subscription's matches; resumable with Last-Event-ID" })
  @ApiHeader({ name: 'Last-Event-ID', required: false })
  @ApiProduces('text/event-stream')
  @ApiNotFoundResponse()
  async stream(@Param('id') id: string, @Req() req: Request, @Res() res: Response) {
    const subscription = await this.subscriptions.get(id);
    await this.events.serve(req, res, `sub:${subscription.id}`);
  }

  private async send(id: string, format: FeedFormat, req: Request, res: Response) {
    const subscription = await this.subscriptions.get(id);
    await this.responder.send(req, res, `sub:${subscription.id}`, format, {
      id: `urn:demarche:subscription:${subscription.id}`,
      title: subscription.name,
      description: `Démarche subscription of ${subscription.owner}`,
      self: `${this.baseUrl}/subscriptions/${subscription.id}/feed`,
      home: `${this.baseUrl}/subscriptions/${subscription.id}`,
    });
  }
}
