import { Module } from '@nestjs/common';
import { IndexingConsumer } from './indexing.consumer.js';
import { IndexingService } from './indexing.service.js';

@Module({ controllers: [IndexingConsumer], providers: [IndexingService] })
export class IndexingModule {}
