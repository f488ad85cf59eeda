import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'demarche-signature';
export const DELIVERY_HEADER = 'demarche-delivery';
/** The event type of a delivered feed item (a webhook's `demarche-event`, a Kafka feed message's `ce_type`). */
export const FEED_ITEM_EVENT_TYPE = 'org.demarche.feed.item.v1';

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">` — the scheme Stripe and others use. */
export function signatureHeader(secret: string, body: string, timestamp = Math.floor(Date.now() / 1000)): string {
  return `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** The receiver's side (documented in the README): true when the body is authentic and recent. */
export function verifySignature(secret: string, body: string, header: string, toleranceSec = 300, now = Date.now()): boolean {
  const parts = Object.fromEntries(header.split(',').map((p) => p.split('=', 2) as [string, string]));
  const t = Number(parts.t);
  if (!Number.isFinite(t) || !parts.v1 || Math.abs(now / 1000 - t) > toleranceSec) return false;
  const expected = createHmac('sha256', secret).update(`${t}.${body}`).digest();
  const given = Buffer.from(parts.v1, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
