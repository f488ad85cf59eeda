import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { ReleaseIngestedV1 } from '@demarche/contracts';
import { In, type DataSource, type Repository } from 'typeorm';
import { DedupeService } from '../dedupe/dedupe.service.js';
import { ReleaseRecord } from './release.entity.js';
import { recordStageTimes } from './stage-times.js';

export interface NewRelease {
  row: ReleaseRecord;
  signature: Uint32Array;
  /** A new revision of a release the ledger holds: its row is replaced, and this is one more sighting. */
  revision: boolean;
}

/** The ledger writes of ingesting: recording releases whole, and what became of their publish. */
@Injectable()
export class ReleaseLedgerRepository {
  constructor(
    @InjectRepository(ReleaseRecord) private readonly ledger: Repository<ReleaseRecord>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly dedupe: DedupeService,
  ) {}

  /** The near-duplicate cluster of each of these ids the ledger already holds. */
  async clustersOfKnown(ids: string[]): Promise<Map<string, string | null>> {
    const existing = await this.ledger.find({ where: { id: In(ids) }, select: { id: true, clusterId: true } });
    return new Map(existing.map((row) => [row.id, row.clusterId]));
  }

  /** One transaction: releases are recorded whole (row, near-duplicate keys, sighting) or not at all. */
  async record(releases: NewRelease[]): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const inserts = releases.filter((r) => !r.revision).map((r) => r.row);
      if (inserts.length > 0) await manager.insert(ReleaseRecord, inserts);
      for (const r of releases) if (r.revision) await manager.save(manager.create(ReleaseRecord, r.row));
      await this.dedupe.indexSignatures(manager, releases.map((r) => ({ id: r.row.id, signature: r.signature })));
      if (inserts.length > 0) {
        await this.dedupe.recordFirstSightings(manager, inserts.map((row) => ({ releaseId: row.id, sourceId: row.sourceId, url: row.url ?? undefined, seenAt: row.receivedAt })));
      }
      for (const { row } of releases.filter((r) => r.revision)) {
        await this.dedupe.recordSighting(row.id, row.sourceId, row.url ?? undefined, row.receivedAt, manager);
      }
    });
  }

  /** Notes on the row that its publish failed (best effort: the republisher tries again anyway). */
  async markPublishFailed(id: string, error: Error): Promise<void> {
    await this.ledger
      .update({ id }, { lastError: `publish: ${error.message}`.slice(0, 2000), lastErrorAt: new Date().toISOString(), lastErrorStage: 'ingest', lastErrorCode: 'INGEST.PUBLISH_FAILED' })
      .catch(() => undefined);
  }

  /** Marks the revisions confirmed on Kafka; a later stage may already be recorded (see recordStageTimes). */
  async markPublished(events: Pick<ReleaseIngestedV1, 'id' | 'revision'>[]): Promise<void> {
    await recordStageTimes(this.ledger, events, 'published', new Date().toISOString(), 'exact');
  }
}
