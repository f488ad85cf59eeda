import type { ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGroupsAtEnd } from '../scripts/lib/topics.mjs';
import { kafkaClient } from './support/env.js';
import { api, closeClients, hex, indexedRelease, publishIndexed } from './support/feeds.js';
import { feedsReady, spawnFeeds } from './support/feeds-instance.js';
import { eventually } from './support/http.js';

/**
 * E-mail delivery against a real SMTP server on loopback (the smtp-server library), with a feeds
 * instance of its own: the server refuses the first message with a 451, so the first delivery is
 * retried; the test reads what arrived with mailparser.
 */
const PORT = 18197;
const base = `http://127.0.0.1:${PORT}`;
const run = hex(4);
const GROUP_PREFIX = `demarche-test-email-${run}`;
const sqlite = `.data/feeds-email-${run}.sqlite`;
const noTopicFeeds = `.data/feeds-email-${run}.yaml`;
const received: Array<{ envelopeTo: string[]; mail: ParsedMail; raw: string }> = [];
let refuseNext = 1;
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['AUTH', 'STARTTLS'],
  logger: false,
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', async () => {
      if (refuseNext-- > 0) return callback(Object.assign(new Error('try again later'), { responseCode: 451 }));
      const raw = Buffer.concat(chunks).toString('utf8');
      received.push({ envelopeTo: session.envelope.rcptTo.map((r) => r.address), mail: await simpleParser(raw), raw });
      callback();
    });
  },
});
let child: ChildProcess | undefined;

type Sub = { id: string };
type DeliveryLog = Array<{ releaseId: string; channel: string; status: string; attempts: Array<{ ok: boolean; statusCode: number | null }> }>;

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const smtpPort = (smtp.server.address() as AddressInfo).port;
  mkdirSync('.data', { recursive: true });
  writeFileSync(noTopicFeeds, 'feeds: []\n');
  const admin = kafkaClient(`feeds-email-${run}`).admin();
  await admin.connect();
  try {
    await startGroupsAtEnd(admin, { [`${GROUP_PREFIX}.feeds`]: ['releases.indexed.v1'] });
  } finally {
    await admin.disconnect();
  }
  child = spawnFeeds({
    port: PORT,
    groupPrefix: GROUP_PREFIX,
    topicFeedsFile: noTopicFeeds,
    sqlitePath: sqlite,
    extra: {
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      MAIL_FROM: 'Démarche feeds <feeds@demarche.test>',
      PUBLIC_URL: base,
      WEBHOOK_RETRY_BASE_MS: '200',
      WEBHOOK_RETRY_MAX_MS: '400',
      OUTBOX_POLL_MS: '100',
      EMAIL_HOURLY_DIGEST_MS: '6000',
    },
  });
  await feedsReady(base);
});

afterAll(async () => {
  if (child) await new Promise<void>((resolve) => (child!.once('exit', () => resolve()), child!.kill('SIGTERM')));
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await closeClients();
  rmSync(sqlite, { force: true });
  rmSync(noTopicFeeds, { force: true });
});

describe('e-mail delivery', () => {
  it('mails each match once, with headers, text and HTML parts and why it matched; retries a refused send', async () => {
    const m = `ze${hex(5)}`;
    const sub = (await api<Sub>('/subscriptions', { method: 'POST', json: { name: 'Korea desk', owner: m, filter: { query: m }, delivery: { email: { to: 'desk@newsroom.test' } } } }, base)).body;
    const release = indexedRelease(m);
    await publishIndexed(release);
    const mail = await eventually(async () => received.find((r) => r.mail.subject?.includes(m)), (r) => !!r, 30_000);
    expect(mail).toBeDefined();
    const { mail: parsed, envelopeTo } = mail!;
    expect(envelopeTo).toEqual(['desk@newsroom.test']);
    expect(parsed.from?.value[0]).toMatchObject({ name: 'Démarche feeds', address: 'feeds@demarche.test' });
    expect(parsed.subject).toBe(`[Korea desk] ${release.title}`);
    expect(parsed.headers.get('x-demarche-subscription')).toBe(sub.id);
    const header = (key: string) => parsed.headerLines.find((h) => h.key === key)?.line.replace(/\r?\n[ \t]+/g, ' ') ?? '';
    const unsubscribe = /<([^>]+)>/.exec(header('list-unsubscribe'))![1];
    expect(unsubscribe).toMatch(new RegExp(`^${base}/subscriptions/${sub.id}/unsubscribe\\?token=[\\w-]+$`));
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(parsed.messageId).toMatch(/^<dlv_[0-9a-f]+@demarche-feeds>$/);
    expect(parsed.text).toContain(release.title);
    expect(parsed.text).toContain(`query ${m}: query matched "${m}"`);
    expect(parsed.text).toContain(`Unsubscribe from these e-mails: ${unsubscribe}`);
    expect(parsed.html).toContain(`<mark>${m}</mark>`);
    expect(parsed.html).toContain(`href="${unsubscribe.replace('&', '&#38;')}"`);

    // The first try was refused (451): the log shows it, then the accepted one (250), one row.
    const log = await eventually(
      async () => (await api<DeliveryLog>(`/subscriptions/${sub.id}/deliveries`, {}, base)).body,
      (l) => l[0]?.status === 'delivered',
      10_000,
    );
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ releaseId: release.id, channel: 'email', status: 'delivered' });
    expect(log[0].attempts.map((a) => [a.ok, a.statusCode])).toEqual([[false, 451], [true, 250]]);
    await new Promise((r) => setTimeout(r, 1500));
    expect(received.filter((r) => r.mail.subject?.includes(m))).toHaveLength(1);

    // The link unsubscribes (one-click POST): later matches are not mailed, the feed still fills.
    const res = await fetch(unsubscribe, { method: 'POST' });
    expect(res.status).toBe(200);
    expect((await fetch(unsubscribe.replace(/token=.*/, 'token=forged'))).status).toBe(403);
    expect(((await api<{ delivery: { email?: unknown } }>(`/subscriptions/${sub.id}`, {}, base)).body.delivery.email)).toBeUndefined();
    const later = indexedRelease(m);
    await publishIndexed(later);
    await eventually(async () => (await api<{ items: unknown[] }>(`/subscriptions/${sub.id}/feed.json`, {}, base)).body.items.length, (n) => n === 2, 20_000);
    await new Promise((r) => setTimeout(r, 1500));
    expect(received.filter((r) => r.mail.subject?.includes(m))).toHaveLength(1);
  });

  it('gathers an hourly digest into one message at the end of its window', async () => {
    const m = `zd${hex(5)}`;
    await api<Sub>('/subscriptions', { method: 'POST', json: { name: 'Digest desk', owner: m, filter: { query: m }, delivery: { email: { to: 'digest@newsroom.test', digest: 'hourly' } } } }, base);
    const releases = [indexedRelease(m), indexedRelease(m), indexedRelease(m)];
    await publishIndexed(...releases);
    const digest = await eventually(async () => received.find((r) => r.envelopeTo.includes('digest@newsroom.test') && r.mail.text?.includes(m)), (r) => !!r, 30_000);
    expect(digest!.mail.subject).toBe('[Digest desk] 3 new releases (hourly digest)');
    for (const r of releases) expect(digest!.mail.text).toContain(r.url!);
    await new Promise((r) => setTimeout(r, 2000));
    expect(received.filter((r) => r.envelopeTo.includes('digest@newsroom.test') && r.mail.text?.includes(m))).toHaveLength(1);
  });

  it('refuses e-mail delivery where no SMTP server is configured', async () => {
    const res = await api<{ message: string }>('/subscriptions', { method: 'POST', json: { name: 'x', owner: 'o', filter: { query: 'x' }, delivery: { email: { to: 'a@b.test' } } } });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/not configured/);
  });
});
