import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ReleaseIndexedV1 } from '@demarche/contracts';
import type { FeedItem } from '../items/feed-item.entity.js';
import type { Subscription } from '../subscriptions/subscription.entity.js';
import { emailDueAt } from './email-digest.js';
import { renderEmail } from './email-message.js';
import { checkUnsubscribeToken, unsubscribeToken, unsubscribeUrl } from './unsubscribe-token.js';

const release = JSON.parse(
  readFileSync(new URL('../../../../libs/contracts/src/release-indexed/fixtures/v1.sample.json', import.meta.url), 'utf8'),
) as ReleaseIndexedV1;
const item = {
  why: [{ rule: 'query', value: 'Madrid', evidence: 'query matched "madrid" in title (en)', terms: ['madrid'], fragments: [{ field: 'title', language: 'en', fragments: ['counterpart in <mark>Madrid</mark> &amp; Lisbon'] }] }],
  alsoPublishedBy: [],
} as unknown as FeedItem;
const sub = (digest: 'item' | 'hourly') =>
  ({ id: 'sub_1', name: 'Iberia desk', webhookSecret: 'whsec_x', delivery: { email: { to: 'desk@example.org', digest } } }) as Subscription;
const options = { from: 'Feeds <feeds@example.org>', unsubscribeUrl: 'http://feeds.example.org/subscriptions/sub_1/unsubscribe?token=t', feedUrl: 'http://feeds.example.org/subscriptions/sub_1/feed.atom' };

describe('e-mail rendering', () => {
  it('writes one item as text and HTML, with why it matched and the unsubscribe link', () => {
    const mail = renderEmail(sub('item'), [{ deliveryId: 'dlv_1', item, release }], options);
    expect(mail.subject).toBe(`[Iberia desk] ${release.title}`);
    expect(mail.messageId).toBe('<dlv_1@demarche-feeds>');
    expect(mail.headers['List-Unsubscribe']).toBe(`<${options.unsubscribeUrl}>`);
    expect(mail.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    expect(mail.text).toContain('title (en): …counterpart in [Madrid] & Lisbon…');
    expect(mail.text).toContain(`Unsubscribe from these e-mails: ${options.unsubscribeUrl}`);
    expect(mail.html).toContain('<mark>Madrid</mark>');
    expect(mail.html).toContain(`href="${options.unsubscribeUrl.replace('&', '&amp;')}"`);
  });

  it('gathers a digest into one message', () => {
    const mail = renderEmail(sub('hourly'), [{ deliveryId: 'dlv_1', item, release }, { deliveryId: 'dlv_2', item, release }], options);
    expect(mail.subject).toBe('[Iberia desk] 2 new releases (hourly digest)');
    expect(mail.headers['X-Demarche-Deliveries']).toBe('dlv_1 dlv_2');
  });

  it('sends a digest at the end of the window its item fell in', () => {
    const windows = { hourlyMs: 3_600_000, dailyMs: 86_400_000 };
    const at = Date.parse('2026-12-03T06:20:00Z');
    expect(emailDueAt(at, 'item', windows)).toBe(at);
    expect(new Date(emailDueAt(at, 'hourly', windows)).toISOString()).toBe('2026-12-03T07:00:00.000Z');
    expect(new Date(emailDueAt(at, 'daily', windows)).toISOString()).toBe('2026-12-04T00:00:00.000Z');
  });

  it('signs the unsubscribe link with the subscription secret', () => {
    const s = sub('item');
    expect(checkUnsubscribeToken(s, unsubscribeToken(s))).toBe(true);
    expect(checkUnsubscribeToken({ ...s, id: 'sub_2' }, unsubscribeToken(s))).toBe(false);
    expect(unsubscribeUrl('http://x', s)).toBe(`http://x/subscriptions/sub_1/unsubscribe?token=${unsubscribeToken(s)}`);
  });
});
