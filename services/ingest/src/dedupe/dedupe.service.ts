import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type EntityManager, type Repository } from 'typeorm';
import { ReleasesConfig } from '../config/ingest.config.js';
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
    private readonly config: ReleasesConfig,
  ) {}

  /** The first release recorded with each of these normalised texts, from any source, by content hash. */
  async findExact(contentHashes: string[]): Promise<Map<string, ReleaseRecord>> {
    const rows = await this.ledger.find({ where: { contentHash: In(contentHashes) }, order: { receivedAt: 'ASC' } });
    const first = new Map<string, ReleaseRecord>();
    for (const row of rows) if (!first.has(row.contentHash)) first.set(row.contentHash, row);
    return first;
  }

  /**
   * The near-duplicate cluster of each release, in order: that of the most similar release above
   * the threshold — recorded earlier, or earlier in this list (a batch clusters as its releases
   * would one by one) — or undefined. Ties go to the earlier release.
   */
  async clustersOf(releases: { id: string; signature: Uint32Array }[]): Promise<(string | undefined)[]> {
    const keys = releases.map((r) => bandKeys(r.signature));
    const candidates = await this.nearKeys.find({ where: { bandKey: In([...new Set(keys.flat())]) }, select: { releaseId: true, bandKey: true } });
    const byKey = new Map<string, string[]>();
    for (const c of candidates) byKey.set(c.bandKey, [...(byKey.get(c.bandKey) ?? []), c.releaseId]);
    const idsOf = keys.map((k, i) => [...new Set(k.flatMap((key) => byKey.get(key) ?? []))].filter((id) => id !== releases[i].id).slice(0, 200));
    const allIds = [...new Set(idsOf.flat())];
    const rows = allIds.length
      ? await this.ledger.find({ where: { id: In(allIds) }, select: { id: true, clusterId: true, signature: true, receivedAt: true } })
      : [];
    const recorded = new Map(rows.filter((r) => r.signature).map((r) => [r.id, { cluster: r.clusterId ?? r.id, signature: decodeSignature(r.signature!), receivedAt: r.receivedAt }]));
    const threshold = this.config.nearDuplicateThreshold;
    const clusters: (string | undefined)[] = [];
    releases.forEach((release, i) => {
      let best: { score: number; cluster: string; receivedAt: string } | undefined;
      for (const id of idsOf[i]) {
        const row = recorded.get(id);
        if (!row) continue;
        const score = similarity(release.signature, row.signature);
        if (score >= threshold && (!best || score > best.score || (score === best.score && row.receivedAt < best.receivedAt))) best = { score, ...row };
      }
      // Earlier in this batch: newer than anything recorded, so it wins only with a higher score.
      const mine = new Set(keys[i]);
      for (let j = 0; j < i; j++) {
        if (!keys[j].some((key) => mine.has(key))) continue;
        const score = similarity(release.signature, releases[j].signature);
        if (score >= threshold && (!best || score > best.score)) best = { score, cluster: clusters[j] ?? releases[j].id, receivedAt: '' };
      }
      clusters.push(best?.cluster);
    });
    return clusters;
  }

  /** Replaces these releases' band keys (a new revision has new text). Runs inside the ledger write. */
  async indexSignatures(manager: EntityManager, releases: { id: string; signature: Uint32Array }[]): Promise<void> {
    await manager.delete(NearKeyRecord, { releaseId: In(releases.map((r) => r.id)) });
    await manager.insert(
      NearKeyRecord,
      releases.flatMap((r) => bandKeys(r.signature).map((bandKey) => ({ bandKey, releaseId: r.id }))),
    );
  }

  /** The first sighting of releases recorded just now (inside the ledger write). */
  async recordFirstSightings(manager: EntityManager, sightings: { releaseId: string; sourceId: string; url?: string; seenAt: string }[]): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(SightingRecord)
      .values(sightings.map(({ releaseId, sourceId, url, seenAt }) => ({ releaseId, sourceId, url: url ?? null, originHash: originHash(sourceId, url), firstSeenAt: seenAt, lastSeenAt: seenAt, timesSeen: 1 })))
      .orIgnore()
      .execute();
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
