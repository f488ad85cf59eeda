import { Injectable } from '@nestjs/common';
import { ReleaseEnrichedV1, ReleaseTranslatedV1 } from '@demarche/contracts';
import { Consumes, EventPublisher, type MessageMeta } from '@demarche/kafka';
import { EnrichmentService } from './enrichment.service.js';

/** Consumes releases.translated.v1 a fetched batch at a time (see BatchConsumer). */
@Injectable()
export class EnrichmentConsumer {
  constructor(
    private readonly enrichment: EnrichmentService,
    private readonly publisher: EventPublisher,
  ) {}

  @Consumes(ReleaseTranslatedV1)
  async enrich(release: ReleaseTranslatedV1, meta: MessageMeta) {
    const enriched = await this.enrichment.enrich(release);
    await this.publisher.publish(ReleaseEnrichedV1, enriched, meta.traceparent);
  }
}
