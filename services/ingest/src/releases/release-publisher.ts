import { Injectable } from '@nestjs/common';
import { ReleaseIngestedV1 } from '@demarche/contracts';
import { EventPublisher } from '@demarche/kafka';
import { ReleaseLedgerRepository } from './release-ledger.repository.js';

/** Sends recorded releases to `releases.ingested.v1` and notes in the ledger what became of each send. */
@Injectable()
export class ReleasePublisher {
  constructor(
    private readonly publisher: EventPublisher,
    private readonly ledger: ReleaseLedgerRepository,
  ) {}

  /** Publishes a ledger event and marks it confirmed; a broker outage surfaces as DependencyUnavailableError. */
  async publish(event: ReleaseIngestedV1): Promise<void> {
    await this.publishAll([event])[0];
  }

  /**
   * Publishes ledger events (concurrent sends share a produce request) and marks those confirmed in
   * one update; one promise per event, which fails if that event's publish did.
   */
  publishAll(events: ReleaseIngestedV1[]): Promise<void>[] {
    const sends = events.map((event) =>
      this.publisher.publish(ReleaseIngestedV1, event).catch(async (error: unknown) => {
        await this.ledger.markPublishFailed(event.id, error as Error);
        throw error;
      }),
    );
    const confirmed = Promise.allSettled(sends).then(async (settled) => {
      const sent = events.filter((_, i) => settled[i].status === 'fulfilled');
      if (sent.length > 0) await this.ledger.markPublished(sent);
    });
    return sends.map((send) => send.then(() => confirmed));
  }
}
