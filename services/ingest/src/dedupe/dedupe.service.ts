import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type EntityManager, type Repository } from 'typeorm';
import type { IngestEnv } from '../config/env.js';
import { ReleaseRecord } from '../releases/release.entity.js';
import { bandKeys, decodeSignature, similarity } from './minhash.js';
import { NearKeyRecord } from './near-key.entity.js';
import { SightingRecord } from './sighting.entity.js';

export interface Sighting {
  sourceId: string;
  url: string | null;
  firstSeenAt: string;
  lastSeenAt: string;
  timesSeen: number;
}

const originHash = (sourceId: string, url: string | undefined | null) =>
  createHash('sha256').update(`${sourceId}\n${url ?? ''}`).digest('hex');

/** Exact duplicates become sightings of the first release; near-duplicates join its cluster. */
@Injectable()
export class DedupeService {
  constructor(
    @InjectRepository(ReleaseRecord) private readonly ledger: Repository<ReleaseRecord>,
    @InjectRepository(NearKeyRecord) private readonly nearKeys: Repository<NearKeyRecord>,
    @InjectRepository(SightingRecord) private readonly sightings: Repository<SightingRecord>,
    @Inject(ConfigService) private readonly config: ConfigService<IngestEnv, true>,
  ) {}

  /** The first release recorded with exactly this normalised text, from any source. */
  findExact(contentHash: string): Promise<ReleaseRecord | null> {
    return this.ledger.findOne({ where: { contentHash }, order: { receivedAt: 'ASC' } });
  }

  /** The cluster of the most similar earlier release above the threshold, if any. */
  async clusterOf(signature: Uint32Array, excludeId: string): Promise<string | undefined> {
    const keys = bandKeys(signature);
    const candidates = await this.nearKeys.find({ where: { bandKey: In(keys) }, select: { releaseId: true } });
    const ids = [...new Set(candidates.map((c) => c.releaseId))].filter((id) => id !== excludeId).slice(0, 200);
    if (ids.length === 0) return undefined;
    const rows = await this.ledger.find({
      where: { id: In(ids) },
      select: { id: true, clusterId: true, signature: true, receivedAt: true },
    });
    const threshold = this.config.get('NEAR_DUPLICATE_THRESHOLD', { infer: true });
    let best: { score: number; row: ReleaseRecord } | undefined;
    for (const row of rows) {
      if (!row.signature) continue;
      const score = similarity(signature, decodeSignature(row.signature));
      if (score >= threshold && (!best || score > best.score || (score === best.score && row.receivedAt < best.row.receivedAt))) {
        best = { score, row };
      }
    }
    return best ? (best.row.clusterId ?? best.row.id) : undefined;
  }

  /** Replaces a release's band keys (a new revision has new text). Runs inside the ledger write. */
  async indexSignature(manager: EntityManager, releaseId: string, signature: Uint32Array): Promise<void> {
    await manager.delete(NearKeyRecord, { releaseId });
    await manager.insert(
      NearKeyRecord,
      bandKeys(signature).map((bandKey) => ({ bandKey, releaseId })),
    );
  }

  /** Notes that `sourceId` published release `releaseId` at `url`; repeated sightings count up. */
  async recordSighting(
    releaseId: string,
    sourceId: string,
    url: string | undefined,
    seenAt: string,
    manager: EntityManager = this.sightings.manager,
  ): Promise<void> {
    const hash = originHash(sourceId, url);
    const updated = await manager
      .createQueryBuilder()
      .update(SightingRecord)
      .set({ lastSeenAt: seenAt, timesSeen: () => 'times_seen + 1' })
      .where('release_id = :releaseId AND origin_hash = :hash', { releaseId, hash })
      .execute();
    if (updated.affected) return;
    await manager
      .createQueryBuilder()
      .insert()
      .into(SightingRecord)
      .values({ releaseId, sourceId, url: url ?? null, originHash: hash, firstSeenAt: seenAt, lastSeenAt: seenAt, timesSeen: 1 })
      .orIgnore()
      .execute();
  }

  async sightingsOf(releaseId: string): Promise<Sighting[]> {
    const rows = await this.sightings.find({ where: { releaseId }, order: { firstSeenAt: 'ASC', id: 'ASC' } });
    return rows.map(({ sourceId, url, firstSeenAt, lastSeenAt, timesSeen }) => ({ sourceId, url, firstSeenAt, lastSeenAt, timesSeen }));
  }
}
