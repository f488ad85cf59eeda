import { Body, Controller, Headers, HttpCode, HttpException, Post, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequireScope } from '@demarche/platform';
import { SearchConfig } from '../config/search.config.js';

/**
 * The analyst page's "preview as an alert": the search as a draft subscription, run by the feeds
 * service over the last days of the archive (POST /subscriptions/preview there). Passed through
 * with the caller's API key, so the feeds service applies its own scope check.
 */
@ApiTags('alerts')
@RequireScope('search')
@Controller('alert-preview')
export class AlertPreviewController {
  constructor(private readonly config: SearchConfig) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'What a subscription with this filter would have delivered over the last N days, each with why it matched' })
  @ApiOkResponse({ description: 'The feeds service answer: from, to, total, truncated, items[{releaseId, title, why, …}]' })
  async preview(@Body() body: unknown, @Headers('x-api-key') key?: string, @Headers('authorization') authorization?: string): Promise<unknown> {
    let res: Response;
    try {
      res = await fetch(`${this.config.feedsUrl}/subscriptions/preview`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(key ? { 'x-api-key': key } : {}), ...(authorization ? { authorization } : {}) },
        body: JSON.stringify(body ?? {}),
        signal: AbortSignal.timeout(20_000),
      });
    } catch (error) {
      throw new ServiceUnavailableException(`the feeds service does not answer: ${(error as Error).message}`);
    }
    const answer = (await res.json().catch(() => ({ message: res.statusText }))) as Record<string, unknown>;
    if (!res.ok) throw new HttpException(answer, res.status);
    return answer;
  }
}
