import type { ChildProcess } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGroupsAtEnd } from '../scripts/lib/topics.mjs';
import { kafkaClient } from './support/env.js';
import { api, closeClients, hex, indexedRelease, publishIndexed, webhookReceiver } from './support/feeds.js';
import { feedsReady, spawnFeeds } from './support/feeds-instance.js';
import { eventually } from './support/http.js';

/**
 * A feeds instance of our own (own port, SQLite file and consumer group, no topic feeds), so the
 * test can kill it without touching the services the other tests use.
 */
const PORT = 18192;
const base = `http://127.0.0.1:${PORT}`;
const run = hex(4);
const GROUP_PREFIX = `demarche-test-restart-${run}`;
const sqlite = `.data/feeds-restart-${run}.sqlite`;
const noTopicFeeds = `.data/feeds-restart-${run}.yaml`;
let child: ChildProcess | undefined;
/** Stands in for a WebSub hub: records the publish pings. */
const pings: URLSearchParams[] = [];
const hub = createServer((req, res) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    pings.push(new URLSearchParams(body));
    res.writeHead(204).end();
  });
});

async function start(extra: Record<string, string> = {}) {
  if (!hub.listening) await new Promise<void>((resolve) => hub.listen(0, '127.0.0.1', resolve));
  child = spawnFeeds({
    port: PORT,
    groupPrefix: GROUP_PREFIX,
    topicFeedsFile: noTopicFeeds,
    sqlitePath: sqlite,
    extra: {
      WEBHOOK_RETRY_BASE_MS: '100',
      WEBHOOK_RETRY_MAX_MS: '400',
      WEBHOOK_MAX_FAILURES: '3',
      WEBHOOK_ALLOW_PRIVATE_NETWORK: '127.0.0.1',
      OUTBOX_POLL_MS: '100',
      WEBSUB_HUB_URL: hubUrl(),
      ...extra,
    },
  });
  await feedsReady(base);
}

function kill(signal: NodeJS.Signals) {
  const c = child!;
  child = undefined;
  return new Promise<void>((resolve) => {
    c.once('exit', () => resolve());
    c.kill(signal);
  });
}

const hubUrl = () => `http://127.0.0.1:${(hub.address() as AddressInfo).port}/hub`;

// A new group, started where the topic ends: the history of every earlier run is not this test's.
beforeAll(async () => {
  const admin = kafkaClient(`feeds-restart-${run}`).admin();
  await admin.connect();
  try {
    await startGroupsAtEnd(admin, { [`${GROUP_PREFIX}.feeds`]: ['releases.indexed.v1'] });
  } finally {
    await admin.disconnect();
  }
});

afterAll(async () => {
  if (child) await kill('SIGTERM');
  hub.close();
  await closeClients();
  rmSync(sqlite, { force: true });
  rmSync(noTopicFeeds, { force: true });
});

describe('the feeds service killed mid-stream', () => {
  it('loses nothing and delivers each release once', async () => {
    writeFileSync(noTopicFeeds, 'feeds: []\n');
    await start();
    const m = `zr${hex(5)}`;
    const hook = await webhookReceiver();
    const sub = (
      await api<{ id: string }>('/subscriptions', { method: 'POST', json: { name: 'restart', owner: m, filter: { sources: [`src-${m}.example.org`] }, delivery: { webhook: { url: hook.url } } } }, base)
    ).body;
    const releases = Array.from({ length: 30 }, () => indexedRelease(m, { source: { id: `src-${m}.example.org` } }));
    try {
      await publishIndexed(...releases.slice(0, 15));
      await eventually(async () => hook.accepted().length, (n) => n >= 3, 30_000);
      await kill('SIGKILL');
      await publishIndexed(...releases.slice(15));
      await start();

      const ids = new Set(releases.map((r) => r.id));
      await eventually(
        async () => new Set(hook.accepted().map((h) => h.json.demarche.releaseId)).size,
        (n) => n >= ids.size,
        60_000,
      );
      await new Promise((r) => setTimeout(r, 2000));
      const delivered = hook.accepted().map((h) => h.json.demarche.releaseId);
      expect(new Set(delivered)).toEqual(ids);
      // One outbox row per release: each release travels under one delivery id.
      const deliveryIds = new Map<string, Set<string>>();
      for (const h of hook.accepted()) {
        const set = deliveryIds.get(h.json.demarche.releaseId) ?? new Set();
        set.add(String(h.headers['demarche-delivery']));
        deliveryIds.set(h.json.demarche.releaseId, set);
      }
      expect([...deliveryIds.values()].every((s) => s.size === 1)).toBe(true);
      // A kill between the receiver's answer and the outbox commit may repeat that one POST (same delivery id).
      expect(delivered.length).toBeLessThanOrEqual(ids.size + 1);
      // A kill after the receiver's answer but before the commit leaves that row claimed until its
      // lease (60 s) runs out; then it is sent again (the one repeat allowed above) and recorded.
      const log = await eventually(
        async () => (await api<Array<{ status: string }>>(`/subscriptions/${sub.id}/deliveries?limit=100`, {}, base)).body,
        (l) => l.length === 30 && l.every((d) => d.status === 'delivered'),
        75_000,
      );
      expect(log).toHaveLength(30);
      expect(log.every((d) => d.status === 'delivered')).toBe(true);

      // The feeds advertise the hub, and the hub heard about each change of this subscription's feed.
      const atom = await fetch(`${base}/subscriptions/${sub.id}/feed.atom`).then((r) => r.text());
      expect(atom).toContain(`<link rel="hub" href="${hubUrl()}"/>`);
      const pinged = pings.filter((p) => p.get('hub.mode') === 'publish').flatMap((p) => p.getAll('hub.url'));
      expect(pinged).toContain(`${base}/subscriptions/${sub.id}/feed.atom`);
      expect(pinged).toContain(`${base}/subscriptions/${sub.id}/feed.json`);
    } finally {
      await hook.close();
    }
  }, 180_000);

  it('disables a subscription after consecutive failures, with the reason, and resumes when re-enabled', async () => {
    if (!child) await start();
    const m = `zr${hex(5)}`;
    const hook = await webhookReceiver({ alwaysFail: true });
    try {
      const sub = (
        await api<{ id: string }>('/subscriptions', { method: 'POST', json: { name: 'failing', owner: m, filter: { sources: [`src-${m}.example.org`] }, delivery: { webhook: { url: hook.url } } } }, base)
      ).body;
      await publishIndexed(indexedRelease(m, { source: { id: `src-${m}.example.org` } }));
      const disabled = await eventually(
        async () => (await api<{ status: string; disabledReason?: string }>(`/subscriptions/${sub.id}`, {}, base)).body,
        (s) => s.status === 'disabled',
        30_000,
      );
      expect(disabled.status).toBe('disabled');
      expect(disabled.disabledReason).toMatch(/3 consecutive webhook delivery failures; last: HTTP 500/);
      const tries = hook.received.length;
      await new Promise((r) => setTimeout(r, 1500));
      expect(hook.received.length).toBe(tries); // no more tries while disabled
      const enabled = await api<{ status: string }>(`/subscriptions/${sub.id}`, { method: 'PATCH', json: { status: 'active' } }, base);
      expect(enabled.body.status).toBe('active');
      await eventually(async () => hook.received.length, (n) => n > tries, 10_000);
      expect(hook.received.length).toBeGreaterThan(tries);
    } finally {
      await hook.close();
    }
  });
});
