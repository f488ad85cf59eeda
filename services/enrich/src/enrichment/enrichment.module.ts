import { Module } from '@nestjs/common';
import { EnrichmentConsumer } from './enrichment.consumer.js';
import { EnrichmentService } from './enrichment.service.js';

@Module({ controllers: [EnrichmentConsumer], providers: [EnrichmentService] })
export class EnrichmentModule {}
