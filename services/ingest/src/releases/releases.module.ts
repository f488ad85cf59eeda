import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DedupeService } from '../dedupe/dedupe.service.js';
import { NearKeyRecord } from '../dedupe/near-key.entity.js';
import { SightingRecord } from '../dedupe/sighting.entity.js';
import { BatchService } from './batch.service.js';
import { LedgerRepublisher } from './ledger-republisher.js';
import { LedgerService } from './ledger.service.js';
import { ReleaseRecord } from './release.entity.js';
import { SourceRecord } from '../sources/source.entity.js';
import { ReleasesController } from './releases.controller.js';
import { ReextractController } from './reextract.controller.js';
import { ReextractService } from './reextract.service.js';
import { ReleaseLedgerRepository } from './release-ledger.repository.js';
import { ReleasePublisher } from './release-publisher.js';
import { ReleasesService } from './releases.service.js';
import { SecondOpinionService } from './second-opinion.service.js';
import { StageConsumer } from './stage.consumer.js';
import { DeadLetterConsumer } from './dead-letter.consumer.js';
import { SourceTemplateRecord } from '../templates/source-template.entity.js';
import { TemplateBlockRecord } from '../templates/template-block.entity.js';
import { TemplateService } from '../templates/template.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([ReleaseRecord, SourceRecord, SightingRecord, NearKeyRecord, SourceTemplateRecord, TemplateBlockRecord])],
  controllers: [ReleasesController, ReextractController],
  providers: [ReleasesService, ReleaseLedgerRepository, ReleasePublisher, ReextractService, BatchService, LedgerService, DedupeService, LedgerRepublisher, TemplateService, StageConsumer, DeadLetterConsumer, SecondOpinionService],
  exports: [ReleasesService],
})
export class ReleasesModule {}
