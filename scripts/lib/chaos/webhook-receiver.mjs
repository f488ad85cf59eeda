// A loopback newsroom: receives the feeds service's webhooks, checks their signatures and
// dedupes like a careful receiver would — by the Demarche-Delivery header.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';

function validSignature(secret, rawBody, header) {
  if (!secret || !header) return false;
  const { t, v1 } = Object.fromEntries(String(header).split(',').map((p) => p.split('=', 2)));
  if (!t || !v1) return false;
  const expected = createHmac('sha256', secret).update(`${t}.${rawBody}`).digest();
  const given = Buffer.from(v1, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * `failRate`: share of requests answered 503 (a flaky newsroom), so retries, which must keep
 * their delivery id, are part of the run.
 */
export async function startWebhookReceiver({ failRate = 0 } = {}) {
  const secrets = new Map();
  /** delivery id → { subscription, releaseId, posts } */
  const deliveries = new Map();
  const stats = { posts: 0, refused: 0, badSignatures: 0, malformed: 0 };

  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      stats.posts++;
      if (Math.random() < failRate) {
        stats.refused++;
        return res.writeHead(503).end();
      }
      const raw = Buffer.concat(chunks).toString('utf8');
      const subscription = String(req.headers['demarche-subscription'] ?? '');
      const deliveryId = String(req.headers['demarche-delivery'] ?? '');
      if (!validSignature(secrets.get(subscription), raw, req.headers['demarche-signature'])) stats.badSignatures++;
      let releaseId;
      try {
        releaseId = JSON.parse(raw).demarche?.releaseId;
      } catch {
        // counted below
      }
      if (!deliveryId || !releaseId) {
        stats.malformed++;
        return res.writeHead(400).end();
      }
      const seen = deliveries.get(deliveryId);
      if (seen) seen.posts++;
      else deliveries.set(deliveryId, { subscription, releaseId, posts: 1 });
      res.writeHead(204).end();
    });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));

  return {
    url: `http://127.0.0.1:${server.address().port}/hook`,
    stats,
    expect: (subscriptionId, secret) => secrets.set(subscriptionId, secret),
    /** Per subscription: release id → the distinct delivery ids it came with. */
    bySubscription() {
      const out = new Map();
      for (const [id, d] of deliveries) {
        const releases = out.get(d.subscription) ?? new Map();
        releases.set(d.releaseId, [...(releases.get(d.releaseId) ?? []), id]);
        out.set(d.subscription, releases);
      }
      return out;
    },
    /** POSTs that repeated a delivery id already received (retries a receiver drops). */
    repeats: () => [...deliveries.values()].reduce((sum, d) => sum + d.posts - 1, 0),
    close: () => new Promise((r) => server.close(r)),
  };
}
