import { Injectable } from '@nestjs/common';
import type { ReleaseEnrichedV1, ReleaseTranslatedV1 } from '@demarche/contracts';

/**
 * Adds entities, countries, topics, event type and the near-duplicate cluster.
 * Walking-skeleton stage: the release passes through with empty annotations and its own
 * cluster; the publishing country is the one thing known for sure.
 */
@Injectable()
export class EnrichmentService {
  enrich(release: ReleaseTranslatedV1): ReleaseEnrichedV1 {
    return {
      ...release,
      entities: [],
      countries: release.source.country ? [release.source.country] : [],
      topics: [],
      clusterId: release.id,
    };
  }
}
