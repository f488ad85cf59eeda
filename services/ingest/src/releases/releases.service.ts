import { Inject, Injectable, Logger, UnprocessableEntityException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { ReleaseIngestedV1 } from '@demarche/contracts';
import { EventPublisher } from '@demarche/kafka';
import { ExtractionError, extractRelease, normalizeForHash, type ExtractInput } from '@demarche/text';
import { QueryFailedError, type DataSource, type Repository } from 'typeorm';
import type { IngestEnv } from '../config/env.js';
import { DedupeService } from '../dedupe/dedupe.service.js';
import { encodeSignature, minhashSignature } from '../dedupe/minhash.js';
import { TemplateService } from '../templates/template.service.js';
import { KeyedLock } from './keyed-lock.js';
import { encodeRaw } from './raw-codec.js';
import { textContent } from './text-content.js';
import { ReleaseRecord } from './release.entity.js';
import { contentHash, releaseId } from './release-id.js';

export interface IngestInput extends ExtractInput {
  sourceId?: string;
  contentType: string;
  /** Given by the publisher; wins over a dateline found in the text. */
  publishedAt?: string;
  /** The bytes as received, when they differ from `content` (e.g. a legacy charset); kept in the ledger. */
  rawBytes?: Buffer;
  /** Used when the text holds no dateline (e.g. a feed item's pubDate). */
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
    const event = this.toEvent(input);
    // The id and content hash are computed above from the generic extraction, before the source's
    // template is stripped: what was learnt so far changes with every document, and ids must not.
    const extracted = event.paragraphs;
    const learning = this.learnsTemplate(input);
    if (learning) event.paragraphs = await this.templates.strip(event.source.id, extracted);
    // Two copies of one text arriving together must not both become releases: one at a time per
    // text here, and across instances the primary key settles it (the loser retries as a duplicate).
    const outcome = await this.lock.run(event.contentHash, async () => {
      try {
        return await this.record(input, event);
      } catch (error) {
        if (!(error instanceof QueryFailedError)) throw error;
        this.logger.warn({ msg: 'concurrent write, retrying', releaseId: event.id, error: error.message });
        return this.record(input, { ...event, revision: Date.now() });
      }
    });
    // A new release only: an update or a duplicate of a known one would count its blocks twice.
    if (learning && outcome.status === 'accepted') await this.templates.learn(event.source.id, extracted);
    return outcome;
  }

  private learnsTemplate(input: IngestInput): boolean {
    const mode = this.config.get('TEMPLATE_LEARNING', { infer: true });
    return mode === 'all' || (mode === 'registered' && input.registeredSource === true);
  }

  private async record(input: IngestInput, event: ReleaseIngestedV1): Promise<IngestOutcome> {

    // The same normalised text from any source is one release: note where it was seen.
    const same = await this.dedupe.findExact(event.contentHash);
    if (same) {
      const recorded = JSON.parse(same.event) as ReleaseIngestedV1;
      await this.dedupe.recordSighting(same.id, event.source.id, event.url, event.ingestedAt);
      if (same.status !== 'received') return this.outcome(recorded, 'duplicate');
      // Recorded but its publish never completed: finish the job with the recorded event.
      await this.publish(recorded);
      return this.outcome(recorded, 'accepted');
    }

    const existing = await this.ledger.findOne({ where: { id: event.id }, select: { id: true, clusterId: true } });
    const status = existing ? 'updated' : 'accepted';
    const signature = minhashSignature(event.paragraphs.map(normalizeForHash).join('\n'));
    event.nearDuplicateClusterId = existing?.clusterId ?? (await this.dedupe.clusterOf(signature, event.id)) ?? event.id;

    // One transaction: a release is recorded whole (row, near-duplicate keys, sighting) or not at all.
    await this.dataSource.transaction(async (manager) => {
      await manager.save(
        manager.create(ReleaseRecord, {
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
        }),
      );
      await this.dedupe.indexSignature(manager, event.id, signature);
      await this.dedupe.recordSighting(event.id, event.source.id, event.url, event.ingestedAt, manager);
    });
    await this.publish(event);
    this.logger.log({ msg: `release ${status}`, releaseId: event.id, source: event.source.id, clusterId: event.nearDuplicateClusterId });
    return this.outcome(event, status);
  }

  /** Publishes a ledger event and marks it confirmed; a broker outage surfaces as DependencyUnavailableError. */
  async publish(event: ReleaseIngestedV1): Promise<void> {
    try {
      await this.publisher.publish(ReleaseIngestedV1, event);
    } catch (error) {
      await this.ledger
        .update(
          { id: event.id },
          { lastError: `publish: ${(error as Error).message}`.slice(0, 2000), lastErrorAt: new Date().toISOString(), lastErrorStage: 'ingest', lastErrorCode: 'INGEST.PUBLISH_FAILED' },
        )
        .catch(() => undefined);
      throw error;
    }
    await this.ledger.update({ id: event.id, revision: event.revision, status: 'received' }, {
      status: 'published',
      publishedAt: new Date().toISOString(),
    });
  }

  private toEvent(input: IngestInput): ReleaseIngestedV1 {
    let extracted;
    try {
      extracted = extractRelease({
        content: textContent(input.content),
        format: input.format,
        url: input.url,
        language: input.language,
        timezone: input.timezone || this.config.get('DEFAULT_TIMEZONE', { infer: true }) || undefined,
      });
    } catch (error) {
      if (error instanceof UnprocessableEntityException) throw error;
      if (error instanceof ExtractionError) {
        throw new UnprocessableEntityException({ code: error.code, message: error.message });
      }
      // Hostile markup (pathological nesting, broken surrogates) can break the parsers: that is bad
      // input, not a server fault.
      this.logger.warn({ msg: 'extraction failed', error: (error as Error).message });
      throw new UnprocessableEntityException({ code: 'EXTRACT.UNPARSABLE', message: `the content could not be parsed: ${(error as Error).message}` });
    }
    const sourceId = input.sourceId ?? this.config.get('DEFAULT_SOURCE', { infer: true });
    const hash = contentHash(normalizeForHash(extracted.title), extracted.paragraphs.map(normalizeForHash));
    const url = extracted.canonicalUrl ?? input.url;
    const now = new Date();
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
    const publishedAt = input.publishedAt ?? extracted.publishedAt ?? input.publishedAtFallback;
    if (publishedAt) event.publishedAt = publishedAt;
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
