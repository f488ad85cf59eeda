import { Module } from '@nestjs/common';
import { EnrichmentConsumer } from './enrichment.consumer.js';
import { EnrichmentService } from './enrichment.service.js';

@Module({ providers: [EnrichmentService, EnrichmentConsumer] })
export class EnrichmentModule {}
