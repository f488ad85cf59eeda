import { Injectable } from '@nestjs/common';
import { ReleaseEnrichedV1 } from '@demarche/contracts';
import { Consumes, type MessageMeta } from '@demarche/kafka';
import { IndexedPublisher } from './indexed-publisher.js';
import { IndexingService } from './indexing.service.js';

/** Consumes releases.enriched.v1 a fetched batch at a time, so that its documents share `_bulk` requests. */
@Injectable()
export class EnrichedBatchConsumer {
  constructor(
    private readonly indexing: IndexingService,
    private readonly indexed: IndexedPublisher,
  ) {}

  @Consumes(ReleaseEnrichedV1)
  async index(release: ReleaseEnrichedV1, meta: MessageMeta) {
    const done = await this.indexing.index(release);
    // Announced only once Elasticsearch has acknowledged the write.
    if (done) await this.indexed.publish(done, meta.traceparent);
  }
}
