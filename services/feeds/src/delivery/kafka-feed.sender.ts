import { Injectable } from '@nestjs/common';
import { cloudEventHeaders } from '@demarche/contracts';
import { EventPublisher } from '@demarche/kafka';
import type { Delivery } from './delivery.entity.js';
import type { NinjsDocument, Outcome } from './outbox.core.js';
import { DELIVERY_HEADER, FEED_ITEM_EVENT_TYPE } from './webhook-signature.js';

/** Delivers a feed item to a Kafka feed topic (the row's target), keyed by release id. */
@Injectable()
export class KafkaFeedSender {
  constructor(private readonly publisher: EventPublisher) {}

  async send(delivery: Delivery, document: NinjsDocument): Promise<Outcome> {
    const started = Date.now();
    try {
      const headers = { ...cloudEventHeaders(FEED_ITEM_EVENT_TYPE, 'feeds'), [DELIVERY_HEADER]: delivery.id };
      await this.publisher.sendRaw(delivery.target, delivery.releaseId, JSON.stringify(document), headers);
      return { delivery, ok: true, statusCode: null, error: null, durationMs: Date.now() - started };
    } catch (error) {
      return { delivery, ok: false, statusCode: null, error: (error as Error).message, durationMs: Date.now() - started };
    }
  }
}
