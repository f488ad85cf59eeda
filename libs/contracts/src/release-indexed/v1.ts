import { IsISO8601, IsString } from 'class-validator';
import { EventTypes } from '../event-types.js';
import { ReleaseEnrichedV1 } from '../release-enriched/v1.js';
import { Topics } from '../topics.js';

/** The enriched release, once Elasticsearch has acknowledged it and it is searchable. */
export class ReleaseIndexedV1 extends ReleaseEnrichedV1 {
  static override readonly topic: string = Topics.ReleaseIndexedV1;
  static override readonly type: string = EventTypes.ReleaseIndexedV1;

  /** The concrete index (behind the alias) that holds the document. */
  @IsString()
  index: string;

  @IsISO8601()
  indexedAt: string;
}
