import { Kafka, logLevel, type Producer } from 'kafkajs';
import { cloudEventHeaders, EventTypes, Topics } from '@demarche/contracts';
import { brokers } from './env.js';

/** Produces releases straight to releases.enriched.v1, as the enrich service would. */
export class EnrichedProducer {
  private readonly producer: Producer = new Kafka({ clientId: 'demarche-e2e-enriched', brokers, logLevel: logLevel.NOTHING }).producer();

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
