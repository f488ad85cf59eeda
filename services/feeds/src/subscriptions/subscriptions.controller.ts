import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FeedsConfig } from '../config/feeds.config.js';
import { CreateSubscriptionDto, ListSubscriptionsDto, UpdateSubscriptionDto } from './subscription.dto.js';
import { PreviewRequestDto, PreviewView } from './preview.dto.js';
import { PreviewService } from './preview.service.js';
import { SubscriptionView, toView } from './subscription.view.js';
import { SubscriptionsService } from './subscriptions.service.js';
import { RequireScope } from '@demarche/platform';

@ApiTags('subscriptions')
@RequireScope('subscriptions')
@Controller('subscriptions')
export class SubscriptionsController {
  private readonly baseUrl: string;

  constructor(
    private readonly subscriptions: SubscriptionsService,
    private readonly previews: PreviewService,
    config: FeedsConfig,
  ) {
    this.baseUrl = config.publicUrl;
  }

  @Post()
  @ApiOperation({ summary: 'Subscribe; the answer carries the webhook signing secret, shown only this once' })
  @ApiCreatedResponse({ type: SubscriptionView })
  async create(@Body() dto: CreateSubscriptionDto): Promise<SubscriptionView> {
    return toView(await this.subscriptions.create(dto), this.baseUrl, true);
  }

  @Post('preview')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Run a draft filter over the last N days of the archive: what it would have delivered, and why each matched',
  })
  @ApiOkResponse({ type: PreviewView })
  preview(@Body() dto: PreviewRequestDto): Promise<PreviewView> {
    return this.previews.preview(dto);
  }

  @Get()
  @ApiOperation({ summary: 'List subscriptions, optionally of one owner' })
  @ApiOkResponse({ type: [SubscriptionView] })
  async list(@Query() query: ListSubscriptionsDto): Promise<SubscriptionView[]> {
    return (await this.subscriptions.list(query.owner)).map((s) => toView(s, this.baseUrl));
  }

  @Get(':id')
  @ApiOkResponse({ type: SubscriptionView })
  @ApiNotFoundResponse()
  async get(@Param('id') id: string): Promise<SubscriptionView> {
    return toView(await this.subscriptions.get(id), this.baseUrl);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change a subscription; `status: active` re-enables one disabled after failed deliveries' })
  @ApiOkResponse({ type: SubscriptionView })
  @ApiNotFoundResponse()
  async update(@Param('id') id: string, @Body() dto: UpdateSubscriptionDto): Promise<SubscriptionView> {
    return toView(await this.subscriptions.update(id, dto), this.baseUrl);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiNotFoundResponse()
  async remove(@Param('id') id: string): Promise<void> {
    await this.subscriptions.remove(id);
  }
}
