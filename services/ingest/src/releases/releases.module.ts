import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LedgerRepublisher } from './ledger-republisher.js';
import { ReleaseRecord } from './release.entity.js';
import { ReleasesController } from './releases.controller.js';
import { ReleasesService } from './releases.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([ReleaseRecord])],
  controllers: [ReleasesController],
  providers: [ReleasesService, LedgerRepublisher],
})
export class ReleasesModule {}
