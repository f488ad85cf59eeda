import { Injectable } from '@nestjs/common';
import { FetchError, guardedRequest } from '@demarche/net';
import { Metrics } from '@demarche/platform';
import { FeedsConfig } from '../config/feeds.config.js';
import type { Subscription } from '../subscriptions/subscription.entity.js';
import { WebhookTargetPolicy } from '../subscriptions/webhook-target.policy.js';
import type { Delivery } from './delivery.entity.js';
import type { Outcome } from './outbox.core.js';
import { DELIVERY_HEADER, FEED_ITEM_EVENT_TYPE, SIGNATURE_HEADER, signatureHeader } from './webhook-signature.js';

/** A receiver's answer body is read and dropped; more than this is a failed delivery. */
const WEBHOOK_ANSWER_MAX_BYTES = 1024 * 1024;

/** Delivers a feed item as a signed JSON POST; any answer but 2xx, or none, is a failed try. */
@Injectable()
export class WebhookSender {
  constructor(
    private readonly config: FeedsConfig,
    private readonly metrics: Metrics,
    private readonly targets: WebhookTargetPolicy,
  ) {}

  async send(delivery: Delivery, subscription: Subscription, body: string): Promise<Outcome> {
    const outcome = await this.post(delivery, subscription, body);
    this.metrics.webhook(outcome.ok ? 'delivered' : outcome.statusCode ? `http_${outcome.statusCode}` : 'unreachable', outcome.durationMs / 1000);
    return outcome;
  }

  private async post(delivery: Delivery, subscription: Subscription, body: string): Promise<Outcome> {
    const started = Date.now();
    try {
      // Through the SSRF guard: the address connected to is checked, on every delivery.
      const payload = Buffer.from(body);
      const res = await guardedRequest(delivery.target, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': String(payload.length),
          'user-agent': 'demarche-feeds/0.1',
          [SIGNATURE_HEADER]: signatureHeader(subscription.webhookSecret ?? '', body),
          [DELIVERY_HEADER]: delivery.id,
          'demarche-subscription': subscription.id,
          'demarche-event': FEED_ITEM_EVENT_TYPE,
        },
        body: payload,
        allowPrivateNetwork: this.targets.allowsPrivate(delivery.target),
        maxBytes: WEBHOOK_ANSWER_MAX_BYTES,
        maxRedirects: 0,
        timeoutMs: this.config.webhook.timeoutMs,
      });
      const ok = res.status >= 200 && res.status < 300;
      return { delivery, ok, statusCode: res.status, error: ok ? null : `HTTP ${res.status}`, durationMs: Date.now() - started };
    } catch (error) {
      const e = error as Error & { cause?: Error; code?: string };
      const reason = e.cause?.message ?? e.message;
      return { delivery, ok: false, statusCode: null, error: e instanceof FetchError ? `${e.code}: ${reason}` : reason, durationMs: Date.now() - started };
    }
  }
}
