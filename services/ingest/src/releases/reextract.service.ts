import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { ReleaseIngestedV1 } from '@demarche/contracts';
import { decodeBytes, isExtractionError, type HintDateSource } from '@demarche/text';
import type { Repository } from 'typeorm';
import { SourceRecord } from '../sources/source.entity.js';
import { TemplateService } from '../templates/template.service.js';
import { LedgerService } from './ledger.service.js';
import { decodeRaw } from './raw-codec.js';
import type { ReplayDto } from './release-status.dto.js';
import { ReleaseRecord } from './release.entity.js';
import type { IngestInput } from './release-event.js';
import { UnprocessableReleaseError } from './release.errors.js';
import { ReleasePublisher } from './release-publisher.js';
import { ReleasesService } from './releases.service.js';

const HINT_SOURCES: ReadonlySet<string> = new Set<HintDateSource>(['given', 'feed', 'sitemap', 'http', 'source']);
const MARKUP = /<(?:html|body|p|div|h[1-6]|article|br)[\s/>]/iu;

/** What was ingested, as the input it was then: raw bytes, media type, and the hints it stated. */
export function inputFromRecord(
  row: Pick<ReleaseRecord, 'raw' | 'rawEncoding' | 'contentType' | 'url'>,
  recorded: ReleaseIngestedV1,
  source?: Pick<SourceRecord, 'timezone' | 'language'> | null,
): IngestInput {
  const mediaType = row.contentType.split(';')[0]!.trim().toLowerCase();
  const bytes = decodeRaw(row);
  const sniff = mediaType !== 'text/plain';
  const content = decodeBytes(bytes, { declared: row.contentType, sniffMarkup: sniff }).text;
  const html = mediaType === 'application/json' ? MARKUP.test(content) : mediaType !== 'text/plain';
  const statedDate = recorded.dateSource && HINT_SOURCES.has(recorded.dateSource) ? recorded.publishedAt : undefined;
  return {
    format: html ? 'html' : 'text',
    content,
    contentType: row.contentType,
    sourceId: recorded.source.id,
    ...(recorded.source.name && { sourceName: recorded.source.name }),
    ...(recorded.source.country && { sourceCountry: recorded.source.country }),
    ...((row.url ?? recorded.url) && { url: row.url ?? recorded.url }),
    ...(recorded.titleSource === 'given' && { title: recorded.title }),
    ...(statedDate && { publishedAt: statedDate, dateSource: recorded.dateSource as HintDateSource }),
    // A registered source's zone and language, as its poller passed them; a push's own query
    // parameters were not kept, so it is read with DEFAULT_TIMEZONE.
    ...(source?.timezone && { timezone: source.timezone }),
    ...(source?.language && { language: source.language }),
    fetchedAt: recorded.ingestedAt,
  };
}

export interface ReextractResult {
  replayed: number;
  changed: number;
  failed: number;
}

/**
 * Replays releases through the current extractor: the raw input kept in the ledger is extracted
 * again; a release whose title, body, date or language comes out different gets a new revision
 * (same id, source, URL and cluster) that replaces the indexed document; the others are published
 * again as recorded. An input the current extractor refuses keeps its recorded event.
 */
@Injectable()
export class ReextractService {
  private readonly logger = new Logger(ReextractService.name);

  constructor(
    @InjectRepository(ReleaseRecord) private readonly ledger: Repository<ReleaseRecord>,
    @InjectRepository(SourceRecord) private readonly sources: Repository<SourceRecord>,
    private readonly records: LedgerService,
    private readonly releases: ReleasesService,
    private readonly publisher: ReleasePublisher,
    private readonly templates: TemplateService,
  ) {}

  async reextract(filter: ReplayDto): Promise<ReextractResult> {
    const result: ReextractResult = { replayed: 0, changed: 0, failed: 0 };
    const sources = new Map<string, SourceRecord | null>();
    for await (const row of this.records.recordsMatching(filter)) {
      const recorded = JSON.parse(row.event) as ReleaseIngestedV1;
      if (!sources.has(row.sourceId)) sources.set(row.sourceId, await this.sources.findOneBy({ id: row.sourceId }));
      let next = recorded;
      try {
        const fresh = await this.releases.extractEvent(inputFromRecord(row, recorded, sources.get(row.sourceId)));
        if (differs(recorded, fresh)) {
          next = {
            ...recorded,
            revision: Math.max(Date.now(), recorded.revision + 1),
            title: fresh.title,
            paragraphs: fresh.paragraphs,
            language: fresh.language,
            contentHash: fresh.contentHash,
            ...(fresh.titleSource && { titleSource: fresh.titleSource }),
          };
          if (fresh.publishedAt) next.publishedAt = fresh.publishedAt;
          else delete next.publishedAt;
          if (fresh.dateSource) next.dateSource = fresh.dateSource;
          else delete next.dateSource;
          await this.ledger.update({ id: row.id }, { title: next.title, contentHash: next.contentHash, revision: next.revision, event: JSON.stringify(next) });
          result.changed++;
        }
      } catch (error) {
        if (!isExtractionError(error) && !(error instanceof UnprocessableReleaseError)) throw error;
        this.logger.warn({ msg: 'reextraction refused, recorded event kept', releaseId: row.id, error: (error as Error).message });
        result.failed++;
      }
      await this.publisher.publish({ ...next, paragraphs: await this.templates.strip(next.source.id, next.paragraphs) });
      result.replayed++;
    }
    return result;
  }
}

const differs = (a: ReleaseIngestedV1, b: ReleaseIngestedV1): boolean =>
  a.contentHash !== b.contentHash || a.title !== b.title || a.publishedAt !== b.publishedAt || a.language !== b.language;
