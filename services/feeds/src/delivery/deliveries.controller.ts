import { Controller, Get, HttpCode, NotFoundException, Param, Post, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { In, type DataSource } from 'typeorm';
import { SubscriptionsService } from '../subscriptions/subscriptions.service.js';
import { DeliveryAttempt } from './delivery-attempt.entity.js';
import { Delivery } from './delivery.entity.js';
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
    @InjectDataSource() private readonly db: DataSource,
    private readonly subscriptions: SubscriptionsService,
    private readonly outbox: OutboxWorker,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The delivery log of a subscription: each webhook delivery, newest first, with every attempt' })
  @ApiOkResponse({ description: 'deliveries with attempts[]' })
  @ApiNotFoundResponse()
  async log(@Param('id') id: string, @Query() query: DeliveryLogQuery) {
    await this.subscriptions.get(id);
    const deliveries = await this.db.getRepository(Delivery).find({
      where: { subscriptionId: id, ...(query.status ? { status: query.status } : {}) },
      order: { createdAt: 'DESC' },
      take: query.limit,
    });
    const attempts = deliveries.length
      ? await this.db.getRepository(DeliveryAttempt).find({ where: { deliveryId: In(deliveries.map((d) => d.id)) }, order: { id: 'ASC' } })
      : [];
    return deliveries.map(({ claimToken: _, ...d }) => ({
      ...d,
      attempts: attempts.filter((a) => a.deliveryId === d.id).map(({ deliveryId: __, id: ___, ...a }) => a),
    }));
  }

  @Post(':deliveryId/redeliver')
  @HttpCode(202)
  @ApiOperation({ summary: 'Send a delivery again now (also one already delivered); the log keeps every attempt' })
  @ApiNotFoundResponse()
  async redeliver(@Param('id') id: string, @Param('deliveryId') deliveryId: string) {
    const repo = this.db.getRepository(Delivery);
    const delivery = await repo.findOneBy({ id: deliveryId, subscriptionId: id });
    if (!delivery) throw new NotFoundException(`No delivery ${deliveryId} for subscription ${id}`);
    await repo.update({ id: deliveryId }, { status: 'pending', nextAttemptAt: Date.now(), claimToken: null });
    this.outbox.wake();
    return { id: deliveryId, status: 'pending' };
  }
}
