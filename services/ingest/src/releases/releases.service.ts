import { Inject, Injectable, Logger, UnprocessableEntityException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import { ReleaseIngestedV1 } from '@demarche/contracts';
import { EventPublisher } from '@demarche/kafka';
import { ExtractionError, extractRelease, normalizeForHash, type ExtractInput } from '@demarche/text';
import type { Repository } from 'typeorm';
import type { IngestEnv } from '../config/env.js';
import { ReleaseRecord } from './release.entity.js';
import { contentHash, releaseId } from './release-id.js';

export interface IngestInput extends ExtractInput {
  sourceId?: string;
  contentType: string;
  /** Given by the publisher; wins over a dateline found in the text. */
  publishedAt?: string;
}

export type IngestOutcome = Pick<ReleaseIngestedV1, 'id' | 'title' | 'publishedAt' | 'language'> & {
  status: 'accepted' | 'updated' | 'duplicate';
};

@Injectable()
export class ReleasesService {
  private readonly logger = new Logger(ReleasesService.name);

  constructor(
    @InjectRepository(ReleaseRecord) private readonly ledger: Repository<ReleaseRecord>,
    private readonly publisher: EventPublisher,
    @Inject(ConfigService) private readonly config: ConfigService<IngestEnv, true>,
  ) {}

  async ingest(input: IngestInput): Promise<IngestOutcome> {
    const event = this.toEvent(input);
    const existing = await this.ledger.findOneBy({ id: event.id });

    if (existing?.contentHash === event.contentHash && existing.status === 'published') {
      return this.outcome(JSON.parse(existing.event) as ReleaseIngestedV1, 'duplicate');
    }
    // Same text whose publish never completed: publish the recorded event again, unchanged.
    const recorded = existing?.contentHash === event.contentHash ? (JSON.parse(existing.event) as ReleaseIngestedV1) : event;
    const status = existing && existing.contentHash !== event.contentHash ? 'updated' : 'accepted';

    await this.ledger.save(
      this.ledger.create({
        id: recorded.id,
        sourceId: recorded.source.id,
        url: recorded.url ?? null,
        title: recorded.title,
        contentHash: recorded.contentHash,
        revision: recorded.revision,
        status: 'received',
        contentType: input.contentType,
        raw: input.content,
        event: JSON.stringify(recorded),
        receivedAt: recorded.ingestedAt,
        publishedAt: null,
      }),
    );
    await this.publish(recorded);
    this.logger.log({ msg: `release ${status}`, releaseId: recorded.id, source: recorded.source.id });
    return this.outcome(recorded, status);
  }

  /** Publishes a ledger event and marks it confirmed; a broker outage surfaces as DependencyUnavailableError. */
  async publish(event: ReleaseIngestedV1): Promise<void> {
    await this.publisher.publish(ReleaseIngestedV1, event);
    await this.ledger.update({ id: event.id, revision: event.revision }, {
      status: 'published',
      publishedAt: new Date().toISOString(),
    });
  }

  private toEvent(input: IngestInput): ReleaseIngestedV1 {
    let extracted;
    try {
      extracted = extractRelease({
        content: input.content,
        format: input.format,
        url: input.url,
        language: input.language,
        timezone: input.timezone || this.config.get('DEFAULT_TIMEZONE', { infer: true }) || undefined,
      });
    } catch (error) {
      if (error instanceof ExtractionError) {
        throw new UnprocessableEntityException({ code: error.code, message: error.message });
      }
      throw error;
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
    if (url) event.url = url;
    const publishedAt = input.publishedAt ?? extracted.publishedAt;
    if (publishedAt) event.publishedAt = publishedAt;
    return event;
  }

  private outcome(event: ReleaseIngestedV1, status: IngestOutcome['status']): IngestOutcome {
    return { id: event.id, status, title: event.title, publishedAt: event.publishedAt, language: event.language };
  }
}
