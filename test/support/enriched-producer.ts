import { type Producer } from 'kafkajs';
import { cloudEventHeaders, EventTypes, Topics } from '@demarche/contracts';
import { kafkaClient } from './env.js';

/** Produces releases straight to releases.enriched.v1, as the enrich service would. */
export class EnrichedProducer {
  private readonly producer: Producer = kafkaClient('demarche-e2e-enriched').producer();

  connect() {
    return this.producer.connect();
  }

  async send(releases: ({ id: string } & object)[]) {
    await this.producer.send({
      topic: Topics.ReleaseEnrichedV1,
      messages: releases.map((r) => ({
        key: r.id,
        value: JSON.stringify(r),
        headers: cloudEventHeaders(EventTypes.ReleaseEnrichedV1, 'e2e'),
      })),
    });
  }

  disconnect() {
    return this.producer.disconnect();
  }
}
