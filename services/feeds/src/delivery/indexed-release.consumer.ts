import { Injectable } from '@nestjs/common';
import { ReleaseIndexedV1 } from '@demarche/contracts';
import { Consumes, type MessageMeta } from '@demarche/kafka';
import { ReleaseRouter } from './release-router.service.js';

/**
 * Every searchable release goes to the ReleaseRouter. Consumed a fetched batch at a time (see
 * BatchConsumer), so the batch's releases share matching searches.
 */
@Injectable()
export class IndexedReleaseConsumer {
  constructor(private readonly router: ReleaseRouter) {}

  @Consumes(ReleaseIndexedV1)
  handle(release: ReleaseIndexedV1, meta: MessageMeta) {
    return this.router.route(release, meta);
  }
}
