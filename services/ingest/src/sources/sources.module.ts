import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ReleasesModule } from '../releases/releases.module.js';
import { FeedPollerService } from './feed-poller.service.js';
import { SourceItemRecord } from './source-item.entity.js';
import { SourceRecord } from './source.entity.js';
import { SourcesController } from './sources.controller.js';
import { SourcesService } from './sources.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([SourceRecord, SourceItemRecord]), ReleasesModule],
  controllers: [SourcesController],
  providers: [SourcesService, FeedPollerService],
})
export class SourcesModule {}
