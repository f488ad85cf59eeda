import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ReleaseIngestedV1 } from '@demarche/contracts';
import { EventPublisher } from '@demarche/kafka';
import { MoreThan, Not, type FindOptionsWhere, type Repository } from 'typeorm';
import { DedupeService } from '../dedupe/dedupe.service.js';
import { TemplateService } from '../templates/template.service.js';
import { decodeRaw } from './raw-codec.js';
import { InvalidRequestError, UnknownReleaseError } from './release.errors.js';
import { ReleaseRecord } from './release.entity.js';
import { recordStageTimes, type RecordedStage } from './stage-times.js';
import type { ReleaseStatusDto, ReplayDto } from './release-status.dto.js';

export type LaterStage = Exclude<RecordedStage, 'published'>;

/** Reads the ledger (status, sightings), records later stages, and re-emits recorded events. */
@Injectable()
export class LedgerService {
  constructor(
    @InjectRepository(ReleaseRecord) private readonly ledger: Repository<ReleaseRecord>,
    private readonly dedupe: DedupeService,
    private readonly publisher: EventPublisher,
    private readonly templates: TemplateService,
  ) {}

  async status(id: string): Promise<ReleaseStatusDto> {
    const row = await this.ledger.findOneBy({ id });
    if (!row) throw new UnknownReleaseError('INGEST.UNKNOWN_RELEASE', `no release ${id}`);
    const clusterId = row.clusterId ?? row.id;
    const cluster = await this.ledger.find({ where: { clusterId, id: Not(row.id) }, select: { id: true }, take: 100 });
    if (clusterId !== row.id && !cluster.some((c) => c.id === clusterId)) cluster.unshift({ id: clusterId } as ReleaseRecord);
    return {
      id: row.id,
      status: row.status,
      source: row.sourceId,
      ...(row.url ? { url: row.url } : {}),
      title: row.title,
      revision: row.revision,
      contentHash: row.contentHash,
      clusterId,
      stages: {
        received: row.receivedAt,
        ...(row.publishedAt ? { published: row.publishedAt } : {}),
        ...(row.translatedAt ? { translated: row.translatedAt } : {}),
        ...(row.enrichedAt ? { enriched: row.enrichedAt } : {}),
        ...(row.indexedAt ? { indexed: row.indexedAt } : {}),
      },
      ...(row.lastError
        ? {
            lastError: {
              message: row.lastError,
              at: row.lastErrorAt ?? row.receivedAt,
              ...(row.lastErrorStage ? { stage: row.lastErrorStage } : {}),
              ...(row.lastErrorCode ? { code: row.lastErrorCode } : {}),
            },
          }
        : {}),
      rawBytes: decodeRaw(row).length,
      sightings: await this.dedupe.sightingsOf(row.id),
      alsoPublishedAs: cluster.map((c) => c.id),
    };
  }

  /**
   * Records that a later stage handled this revision. Older revisions and unknown releases are
   * ignored; the status only moves forward (see recordStageTimes).
   */
  async recordStage(id: string, revision: number, stage: LaterStage, at = new Date().toISOString()): Promise<boolean> {
    return (await recordStageTimes(this.ledger, [{ id, revision }], stage, at)) > 0;
  }

  async recordError(id: string, message: string, at = new Date().toISOString(), origin: { stage?: string; code?: string } = {}): Promise<boolean> {
    const result = await this.ledger.update(
      { id },
      { lastError: message.slice(0, 2000), lastErrorAt: at, lastErrorStage: origin.stage?.slice(0, 32) ?? null, lastErrorCode: origin.code?.slice(0, 64) ?? null },
    );
    return (result.affected ?? 0) > 0;
  }

  /**
   * The ledger rows a replay filter selects, oldest first, with their raw input, read in pages by
   * keyset on (received_at, id) so a large ledger is never loaded whole.
   */
  async *recordsMatching(filter: ReplayDto): AsyncGenerator<ReleaseRecord> {
    if (!filter.since && !filter.source && !filter.id && !filter.all) {
      throw new InvalidRequestError('INGEST.REPLAY_UNBOUNDED', 'give since, source or id, or all: true');
    }
    const where: FindOptionsWhere<ReleaseRecord> = {};
    if (filter.id) where.id = filter.id;
    if (filter.source) where.sourceId = filter.source;
    let after = filter.since ? new Date(filter.since).toISOString() : '';
    let lastId = '';
    for (;;) {
      const page = await this.ledger.find({
        where: [
          { ...where, receivedAt: MoreThan(after) },
          { ...where, receivedAt: after, id: MoreThan(lastId) },
        ],
        order: { receivedAt: 'ASC', id: 'ASC' },
        select: { id: true, event: true, receivedAt: true, raw: true, rawEncoding: true, contentType: true, url: true, sourceId: true },
        take: 100,
      });
      yield* page;
      if (page.length < 100) return;
      after = page.at(-1)!.receivedAt;
      lastId = page.at(-1)!.id;
    }
  }

  /**
   * Publishes the recorded events again (same revision), e.g. to re-enrich after an upgrade. The
   * source's template as learnt now is stripped from each body, so releases published before it was
   * learnt lose their furniture too; ids and content hashes stay as recorded.
   */
  async replay(filter: ReplayDto): Promise<number> {
    let count = 0;
    for await (const row of this.recordsMatching(filter)) {
      const event = JSON.parse(row.event) as ReleaseIngestedV1;
      event.paragraphs = await this.templates.strip(event.source.id, event.paragraphs);
      await this.publisher.publish(ReleaseIngestedV1, event);
      count++;
    }
    return count;
  }
}
