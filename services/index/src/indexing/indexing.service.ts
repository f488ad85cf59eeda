import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { Client } from '@elastic/elasticsearch';
import type { ReleaseEnrichedV1, ReleaseIndexedV1 } from '@demarche/contracts';
import { ELASTIC_ALIAS, ELASTIC_CLIENT, isElasticUnavailable, toReleaseDocument, type ReleaseDocument } from '@demarche/elastic';
import { DependencyUnavailableError } from '@demarche/kafka';
import { IndexConfig } from '../config/index.config.js';
import { BulkBatcher } from './bulk-batcher.js';
import { bulkItemOutcome, type BulkItemOutcome, type BulkItemResult } from './bulk-item-outcome.js';

/**
 * Writes release documents through `_bulk`, batching the messages that the consumer's
 * partitions hand over concurrently. Idempotent by id; the revision is the external
 * version, so a replayed older revision can never overwrite newer content.
 */
@Injectable()
export class IndexingService implements OnApplicationShutdown {
  private readonly logger = new Logger(IndexingService.name);
  private readonly batcher: BulkBatcher<ReleaseDocument, BulkItemOutcome>;

  constructor(
    @Inject(ELASTIC_CLIENT) private readonly client: Client,
    @Inject(ELASTIC_ALIAS) private readonly alias: string,
    config: IndexConfig,
  ) {
    this.batcher = new BulkBatcher(config.batch, (docs) => this.bulk(docs));
  }

  /** Returns the indexed event, or undefined when Elasticsearch already holds a newer revision. */
  async index(release: ReleaseEnrichedV1): Promise<ReleaseIndexedV1 | undefined> {
    const indexedAt = new Date().toISOString();
    const doc = toReleaseDocument(release, indexedAt);
    const outcome = await this.batcher.add(doc, Buffer.byteLength(JSON.stringify(doc)));
    if (outcome.kind === 'stale') {
      this.logger.log({ msg: 'newer revision already indexed, skipping', releaseId: release.id, revision: release.revision });
      return undefined;
    }
    return { ...release, index: outcome.index, indexedAt };
  }

  private async bulk(docs: ReleaseDocument[]): Promise<PromiseSettledResult<BulkItemOutcome>[]> {
    let res;
    try {
      res = await this.client.bulk({
        // Answers once the next periodic refresh has made the documents searchable: the indexed
        // event then means searchable, and feeds' matching searches never need to force a refresh
        // (a refresh per batch cost Elasticsearch more CPU than the writes).
        refresh: 'wait_for',
        // external_gte: replaying the same revision rewrites the same document (idempotent).
        operations: docs.flatMap((doc) => [
          { index: { _index: this.alias, _id: doc.id, version: doc.revision, version_type: 'external_gte' as const } },
          doc,
        ]),
      });
    } catch (error) {
      if (isElasticUnavailable(error)) {
        throw new DependencyUnavailableError('elasticsearch', (error as Error).message, { cause: error });
      }
      throw error;
    }
    this.logger.debug({ msg: 'bulk written', documents: docs.length, errors: res.errors, tookMs: res.took });
    return res.items.map((item) => {
      try {
        return { status: 'fulfilled', value: bulkItemOutcome(item.index as BulkItemResult, this.alias) };
      } catch (reason) {
        return { status: 'rejected', reason };
      }
    });
  }

  async onApplicationShutdown() {
    await this.batcher.drain();
  }
}
