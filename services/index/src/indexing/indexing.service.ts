import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Client } from '@elastic/elasticsearch';
import { DeadLetterError, type ReleaseEnrichedV1, type ReleaseIndexedV1 } from '@demarche/contracts';
import { ELASTIC_ALIAS, ELASTIC_CLIENT, isElasticUnavailable, toReleaseDocument } from '@demarche/elastic';
import { DependencyUnavailableError } from '@demarche/kafka';

/**
 * Writes one release document, idempotent by id. The revision is the external version,
 * so a replayed older revision can never overwrite newer content.
 */
@Injectable()
export class IndexingService {
  private readonly logger = new Logger(IndexingService.name);

  constructor(
    @Inject(ELASTIC_CLIENT) private readonly client: Client,
    @Inject(ELASTIC_ALIAS) private readonly alias: string,
  ) {}

  /** Returns the indexed event, or undefined when Elasticsearch already holds a newer revision. */
  async index(release: ReleaseEnrichedV1): Promise<ReleaseIndexedV1 | undefined> {
    const indexedAt = new Date().toISOString();
    try {
      const res = await this.client.index({
        index: this.alias,
        id: release.id,
        document: toReleaseDocument(release, indexedAt),
        version: release.revision,
        // external_gte: replaying the same revision rewrites the same document (idempotent).
        version_type: 'external_gte',
      });
      return { ...release, index: res._index, indexedAt };
    } catch (error) {
      const status = (error as { meta?: { statusCode?: number } }).meta?.statusCode;
      if (status === 409) {
        this.logger.log({ msg: 'newer revision already indexed, skipping', releaseId: release.id, revision: release.revision });
        return undefined;
      }
      if (isElasticUnavailable(error)) {
        throw new DependencyUnavailableError('elasticsearch', (error as Error).message, { cause: error });
      }
      if (status === 400) {
        throw new DeadLetterError('INDEX.REJECTED', `elasticsearch rejected the document: ${(error as Error).message}`);
      }
      throw error;
    }
  }
}
