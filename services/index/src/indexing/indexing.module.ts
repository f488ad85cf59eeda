import { Module } from '@nestjs/common';
import { EnrichedBatchConsumer } from './enriched-batch.consumer.js';
import { IndexedPublisher } from './indexed-publisher.js';
import { IndexingService } from './indexing.service.js';

@Module({ providers: [IndexingService, IndexedPublisher, EnrichedBatchConsumer] })
export class IndexingModule {}
