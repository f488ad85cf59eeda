import { Injectable } from '@nestjs/common';
import { ReleaseIndexedV1 } from '@demarche/contracts';
import { EventPublisher } from '@demarche/kafka';

/** Announces acknowledged documents on releases.indexed.v1. */
@Injectable()
export class IndexedPublisher {
  constructor(private readonly publisher: EventPublisher) {}

  publish(event: ReleaseIndexedV1, traceparent?: string): Promise<void> {
    return this.publisher.publish(ReleaseIndexedV1, event, traceparent);
  }
}
