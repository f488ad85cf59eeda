import { Inject, Injectable, Logger, UnprocessableEntityException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { ReleaseIngestedV1 } from '@demarche/contracts';
import { EventPublisher } from '@demarche/kafka';
import { ExtractionError, extractRelease, normalizeForHash, type ExtractInput } from '@demarche/text';
import { In, QueryFailedError, type DataSource, type Repository } from 'typeorm';
import type { IngestEnv } from '../config/env.js';
import { DedupeService } from '../dedupe/dedupe.service.js';
import { encodeSignature, minhashSignature } from '../dedupe/minhash.js';
import { TemplateService } from '../templates/template.service.js';
import { KeyedLock } from './keyed-lock.js';
import { encodeRaw } from './raw-codec.js';
import { textContent } from './text-content.js';
import { ReleaseRecord } from './release.entity.js';
import { recordStageTimes } from './stage-times.js';
import { contentHash, releaseId } from './release-id.js';

export interface IngestInput extends ExtractInput {
  sourceId?: string;
  contentType: string;
  /** Stated by the publisher (a push's field; `dateSource` says which kind): wins over a dateline in the text. */
  publishedAt?: string;
  /** The bytes as received, when they differ from `content` (e.g. a legacy charset); kept in the ledger. */
  rawBytes?: Buffer;
  /** Stands in when the content holds no date of its own (Last-Modified, the source's metadata: `dateSource`). */
  publishedAtFallback?: string;
  /** Publisher details from the sources registry, carried on the event. */
  sourceName?: string;
  sourceCountry?: string;
  /** A registered source (feed, listing, sitemap): its template is learnt and stripped (TEMPLATE_LEARNING). */
  registeredSource?: boolean;
}

export type IngestOutcome = Pick<ReleaseIngestedV1, 'id' | 'title' | 'publishedAt' | 'language'> & {
  status: 'accepted' | 'updated' | 'duplicate';
  clusterId?: string;
};

@Injectable()
export class ReleasesService {
  private readonly logger = new Logger(ReleasesService.name);
  private readonly lock = new KeyedLock();

  constructor(
    @InjectRepository(ReleaseRecord) private readonly ledger: Repository<ReleaseRecord>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly dedupe: DedupeService,
    private readonly publisher: EventPublisher,
    @Inject(ConfigService) private readonly config: ConfigService<IngestEnv, true>,
    private readonly templates: TemplateService,
  ) {}

  async ingest(input: IngestInput): Promise<IngestOutcome> {
    const [result] = await this.ingestMany([input]);
    if (result.status === 'rejected') throw result.reason;
    return result.value;
  }

  /**
   * Ingests releases together, with the result of each, in order: the same outcomes as one push
   * after another, in a few queries, one ledger transaction and one produce request for the lot.
   */
  async ingestMany(inputs: IngestInput[]): Promise<PromiseSettledResult<IngestOutcome>[]> {
    const results: PromiseSettledResult<IngestOutcome>[] = new Array(inputs.length);
    const prepared: Prepared[] = [];
    for (const [index, input] of inputs.entries()) {
      try {
        const event = this.toEvent(input);
        // The id and content hash come from the generic extraction, before the source's template is
        // stripped: what was learnt so far changes with every document, and ids must not.
        const extracted = event.paragraphs;
        const learning = this.learnsTemplate(input);
        if (learning) event.paragraphs = await this.templates.strip(event.source.id, extracted);
        prepared.push({ index, input, event, extracted, learning });
      } catch (reason) {
        results[index] = { status: 'rejected', reason };
      }
    }
    for (const group of withoutRepeats(prepared)) {
      // Two copies of one text arriving together must not both become releases: one group at a time
      // per text here, and across instances the primary key settles it (the loser retries alone).
      const outcomes = await this.lock
        .runAll(group.map((p) => p.event.contentHash), () => this.recordGroup(group))
        .catch((reason: unknown) => group.map((): PromiseSettledResult<IngestOutcome> => ({ status: 'rejected', reason })));
      for (const [i, p] of group.entries()) {
        results[p.index] = outcomes[i];
        // A new release only: an update or a duplicate of a known one would count its blocks twice.
        const outcome = outcomes[i];
        if (p.learning && outcome.status === 'fulfilled' && outcome.value.status === 'accepted') {
          await this.templates.learn(p.event.source.id, p.extracted);
        }
      }
    }
    return results;
  }

  private learnsTemplate(input: IngestInput): boolean {
    const mode = this.config.get('TEMPLATE_LEARNING', { infer: true });
    return mode === 'all' || (mode === 'registered' && input.registeredSource === true);
  }

  private async recordGroup(group: Prepared[]): Promise<PromiseSettledResult<IngestOutcome>[]> {
    try {
      return await this.record(group);
    } catch (error) {
      if (!(error instanceof QueryFailedError)) throw error;
      // Another instance wrote one of these first: each alone, the loser as a new revision.
      if (group.length > 1) {
        const outcomes: PromiseSettledResult<IngestOutcome>[] = [];
        for (const p of group) outcomes.push(...(await this.recordGroup([p]).catch((reason: unknown) => [{ status: 'rejected' as const, reason }])));
        return outcomes;
      }
      this.logger.warn({ msg: 'concurrent write, retrying', releaseId: group[0].event.id, error: error.message });
      return this.record([{ ...group[0], event: { ...group[0].event, revision: Date.now() } }]);
    }
  }

  /** Records a group whose ids and texts are all different (see `withoutRepeats`). */
  private async record(group: Prepared[]): Promise<PromiseSettledResult<IngestOutcome>[]> {
    const outcomes = new Map<Prepared, Promise<IngestOutcome>>();

    // The same normalised text from any source is one release: note where it was seen.
    const known = await this.dedupe.findExact(group.map((p) => p.event.contentHash));
    const fresh: Prepared[] = [];
    for (const p of group) {
      const same = known.get(p.event.contentHash);
      if (!same) {
        fresh.push(p);
        continue;
      }
      const recorded = JSON.parse(same.event) as ReleaseIngestedV1;
      await this.dedupe.recordSighting(same.id, p.event.source.id, p.event.url, p.event.ingestedAt);
      // Recorded but its publish never completed: finish the job with the recorded event.
      const outcome = same.status === 'received' ? this.publish(recorded).then(() => this.outcome(recorded, 'accepted')) : Promise.resolve(this.outcome(recorded, 'duplicate'));
      // Settled below, after the other releases' writes: a failure must not count as unhandled meanwhile.
      outcome.catch(() => undefined);
      outcomes.set(p, outcome);
    }

    if (fresh.length > 0) {
      const existing = await this.ledger.find({ where: { id: In(fresh.map((p) => p.event.id)) }, select: { id: true, clusterId: true } });
      const clusterOfExisting = new Map(existing.map((row) => [row.id, row.clusterId]));
      const signed = fresh.map((p) => ({ id: p.event.id, signature: minhashSignature(p.event.paragraphs.map(normalizeForHash).join('\n')) }));
      const clusters = await this.dedupe.clustersOf(signed);
      fresh.forEach((p, i) => (p.event.nearDuplicateClusterId = clusterOfExisting.get(p.event.id) ?? clusters[i] ?? p.event.id));
      const rows = fresh.map((p, i) => this.ledgerRow(p, signed[i].signature));

      // One transaction: releases are recorded whole (row, near-duplicate keys, sighting) or not at all.
      await this.dataSource.transaction(async (manager) => {
        const inserts = rows.filter((row) => !clusterOfExisting.has(row.id));
        if (inserts.length > 0) await manager.insert(ReleaseRecord, inserts);
        for (const row of rows) if (clusterOfExisting.has(row.id)) await manager.save(manager.create(ReleaseRecord, row));
        await this.dedupe.indexSignatures(manager, signed);
        const firsts = fresh.filter((p) => !clusterOfExisting.has(p.event.id));
        if (firsts.length > 0) {
          await this.dedupe.recordFirstSightings(manager, firsts.map((p) => ({ releaseId: p.event.id, sourceId: p.event.source.id, url: p.event.url, seenAt: p.event.ingestedAt })));
        }
        for (const p of fresh) {
          if (clusterOfExisting.has(p.event.id)) await this.dedupe.recordSighting(p.event.id, p.event.source.id, p.event.url, p.event.ingestedAt, manager);
        }
      });
      const published = this.publishAll(fresh.map((p) => p.event));
      fresh.forEach((p, i) => {
        const status = clusterOfExisting.has(p.event.id) ? 'updated' : 'accepted';
        outcomes.set(p, published[i].then(() => {
          this.logger.log({ msg: `release ${status}`, releaseId: p.event.id, source: p.event.source.id, clusterId: p.event.nearDuplicateClusterId });
          return this.outcome(p.event, status);
        }));
      });
    }
    return Promise.allSettled(group.map((p) => outcomes.get(p)!));
  }

  private ledgerRow(p: Prepared, signature: Uint32Array): ReleaseRecord {
    const { event, input } = p;
    return {
      id: event.id,
      sourceId: event.source.id,
      url: event.url ?? null,
      title: event.title,
      contentHash: event.contentHash,
      revision: event.revision,
      status: 'received',
      contentType: input.contentType,
      ...encodeRaw(input.rawBytes ?? input.content),
      event: JSON.stringify(event),
      clusterId: event.nearDuplicateClusterId ?? null,
      signature: encodeSignature(signature),
      receivedAt: event.ingestedAt,
      publishedAt: null,
      translatedAt: null,
      enrichedAt: null,
      indexedAt: null,
      lastError: null,
      lastErrorAt: null,
      lastErrorStage: null,
      lastErrorCode: null,
    };
  }

  /** Publishes a ledger event and marks it confirmed; a broker outage surfaces as DependencyUnavailableError. */
  async publish(event: ReleaseIngestedV1): Promise<void> {
    await this.publishAll([event])[0];
  }

  /**
   * Publishes ledger events (concurrent sends share a produce request) and marks those confirmed in
   * one update; one promise per event, which fails if that event's publish did.
   */
  private publishAll(events: ReleaseIngestedV1[]): Promise<void>[] {
    const sends = events.map((event) =>
      this.publisher.publish(ReleaseIngestedV1, event).catch(async (error: unknown) => {
        await this.ledger
          .update(
            { id: event.id },
            { lastError: `publish: ${(error as Error).message}`.slice(0, 2000), lastErrorAt: new Date().toISOString(), lastErrorStage: 'ingest', lastErrorCode: 'INGEST.PUBLISH_FAILED' },
          )
          .catch(() => undefined);
        throw error;
      }),
    );
    const confirmed = Promise.allSettled(sends).then(async (settled) => {
      const sent = events.filter((_, i) => settled[i].status === 'fulfilled');
      if (sent.length === 0) return;
      // A later stage may already have been recorded: see recordStageTimes.
      await recordStageTimes(this.ledger, sent, 'published', new Date().toISOString(), 'exact');
    });
    return sends.map((send) => send.then(() => confirmed));
  }

  /** The event the current extractor makes of an input (no ledger write, no publish): see ReextractService. */
  extractEvent(input: IngestInput): ReleaseIngestedV1 {
    return this.toEvent(input);
  }

  private toEvent(input: IngestInput): ReleaseIngestedV1 {
    const now = new Date();
    const fetchedAt = input.fetchedAt ?? now;
    const hintDate = input.publishedAt ?? input.publishedAtFallback;
    let extracted;
    try {
      extracted = extractRelease({
        content: textContent(input.content),
        format: input.format,
        url: input.url,
        language: input.language,
        timezone: input.timezone || this.config.get('DEFAULT_TIMEZONE', { infer: true }) || undefined,
        title: input.title === undefined ? undefined : textContent(input.title),
        publishedAt: hintDate,
        dateSource: input.publishedAt ? (input.dateSource ?? 'given') : (input.dateSource ?? 'source'),
        fetchedAt,
      });
    } catch (error) {
      if (error instanceof UnprocessableEntityException) throw error;
      if (error instanceof ExtractionError) {
        throw new UnprocessableEntityException({ code: error.code, message: error.message });
      }
      // Hostile markup (broken surrogates and the like) can break the parsers: that is bad input,
      // not a server fault.
      this.logger.warn({ msg: 'extraction failed', error: (error as Error).message });
      throw new UnprocessableEntityException({ code: 'EXTRACT.UNPARSABLE', message: `the content could not be parsed: ${(error as Error).message}` });
    }
    const sourceId = input.sourceId ?? this.config.get('DEFAULT_SOURCE', { infer: true });
    const hash = contentHash(normalizeForHash(extracted.title), extracted.paragraphs.map(normalizeForHash));
    const url = extracted.canonicalUrl ?? input.url;
    const event: ReleaseIngestedV1 = {
      id: releaseId(sourceId, url, hash),
      revision: now.getTime(),
      source: { id: sourceId },
      title: extracted.title,
      paragraphs: extracted.paragraphs,
      language: extracted.language,
      ingestedAt: now.toISOString(),
      contentHash: hash,
    };
    if (input.sourceName) event.source.name = input.sourceName;
    if (input.sourceCountry) event.source.country = input.sourceCountry;
    if (url) event.url = url;
    // A stated date that was taken is kept exactly as the input wrote it.
    const stated = hintDate !== undefined && extracted.dateSource !== undefined && ['given', 'feed', 'sitemap', 'http', 'source'].includes(extracted.dateSource);
    const publishedAt = stated ? hintDate : extracted.publishedAt;
    if (publishedAt) event.publishedAt = publishedAt;
    event.titleSource = extracted.titleSource;
    if (extracted.dateSource) event.dateSource = extracted.dateSource;
    return event;
  }

  private outcome(event: ReleaseIngestedV1, status: IngestOutcome['status']): IngestOutcome {
    return {
      id: event.id,
      status,
      title: event.title,
      publishedAt: event.publishedAt,
      language: event.language,
      clusterId: event.nearDuplicateClusterId,
    };
  }
}

interface Prepared {
  index: number;
  input: IngestInput;
  event: ReleaseIngestedV1;
  /** The paragraphs before the source's template was stripped (what template learning counts). */
  extracted: string[];
  learning: boolean;
}

/**
 * Splits releases into consecutive groups in which no id and no text repeats: a repeat waits for
 * the group before it, so it is an update or a duplicate exactly as it would be pushed alone.
 */
export function withoutRepeats<P extends { event: Pick<ReleaseIngestedV1, 'id' | 'contentHash'> }>(prepared: P[], maxGroup = 64): P[][] {
  const groups: P[][] = [];
  let group: P[] = [];
  const seen = new Set<string>();
  for (const p of prepared) {
    if (group.length >= maxGroup || seen.has(p.event.id) || seen.has(p.event.contentHash)) {
      groups.push(group);
      group = [];
      seen.clear();
    }
    group.push(p);
    seen.add(p.event.id).add(p.event.contentHash);
  }
  if (group.length > 0) groups.push(group);
  return groups;
}
