import { Controller, Get, HttpCode, NotFoundException, Param, Post, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { SubscriptionsService } from '../subscriptions/subscriptions.service.js';
import { OutboxRepository } from './outbox.repository.js';
import { OutboxWorker } from './outbox.worker.js';
import { RequireScope } from '@demarche/platform';

class DeliveryLogQuery {
  @ApiPropertyOptional({ enum: ['pending', 'delivered', 'failed'] })
  @IsOptional()
  @IsIn(['pending', 'delivered', 'failed'])
  status?: 'pending' | 'delivered' | 'failed';

  @ApiPropertyOptional({ default: 50, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit = 50;
}

@ApiTags('deliveries')
@RequireScope('subscriptions')
@Controller('subscriptions/:id/deliveries')
export class DeliveriesController {
  constructor(
    private readonly deliveries: OutboxRepository,
    private readonly subscriptions: SubscriptionsService,
    private readonly outbox: OutboxWorker,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The delivery log of a subscription: each webhook delivery, newest first, with every attempt' })
  @ApiOkResponse({ description: 'deliveries with attempts[]' })
  @ApiNotFoundResponse()
  async log(@Param('id') id: string, @Query() query: DeliveryLogQuery) {
    await this.subscriptions.get(id);
    const log = await this.deliveries.log(id, { status: query.status, limit: query.limit });
    return log.map(({ delivery: { claimToken: _, ...delivery }, attempts }) => ({
      ...delivery,
      attempts: attempts.map(({ deliveryId: __, id: ___, ...a }) => a),
    }));
  }

  @Post(':deliveryId/redeliver')
  @HttpCode(202)
  @ApiOperation({ summary: 'Send a delivery again now (also one already delivered); the log keeps every attempt' })
  @ApiNotFoundResponse()
  async redeliver(@Param('id') id: string, @Param('deliveryId') deliveryId: string) {
    if (!(await this.deliveries.requeue(id, deliveryId))) throw new NotFoundException(`No delivery ${deliveryId} for subscription ${id}`);
    this.outbox.wake();
    return { id: deliveryId, status: 'pending' };
  }
}
