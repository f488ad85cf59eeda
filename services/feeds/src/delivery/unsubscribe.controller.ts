import { Controller, ForbiddenException, Get, Header, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@demarche/platform';
import { SubscriptionsService } from '../subscriptions/subscriptions.service.js';
import { checkUnsubscribeToken } from './unsubscribe-token.js';

const page = (text: string) => `<!doctype html><html><body><p>${text}</p></body></html>`;

/**
 * The unsubscribe link of every e-mail: public (a mail reader has no API key), authorised by the
 * link's token. GET for a person clicking it, POST for one-click unsubscribe (RFC 8058).
 */
@ApiTags('subscriptions')
@Public()
@Controller('subscriptions/:id/unsubscribe')
export class UnsubscribeController {
  constructor(private readonly subscriptions: SubscriptionsService) {}

  @Get()
  @Header('content-type', 'text/html; charset=utf-8')
  @ApiOperation({ summary: 'Stop the e-mails of a subscription (the link in each e-mail)' })
  @ApiOkResponse({ description: 'An HTML page saying so' })
  async viaLink(@Param('id') id: string, @Query('token') token = ''): Promise<string> {
    await this.unsubscribe(id, token);
    return page('You will receive no more e-mails from this subscription. Its feeds and webhooks are unchanged.');
  }

  @Post()
  @HttpCode(200)
  @Header('content-type', 'text/html; charset=utf-8')
  @ApiOperation({ summary: 'One-click unsubscribe (List-Unsubscribe-Post)' })
  async oneClick(@Param('id') id: string, @Query('token') token = ''): Promise<string> {
    await this.unsubscribe(id, token);
    return page('Unsubscribed.');
  }

  private async unsubscribe(id: string, token: string) {
    const sub = await this.subscriptions.get(id);
    if (!checkUnsubscribeToken(sub, token)) throw new ForbiddenException('This unsubscribe link is not valid');
    await this.subscriptions.unsubscribeEmail(sub);
  }
}
