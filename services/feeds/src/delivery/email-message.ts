import escapeHtml from 'escape-html';
import type { ReleaseIndexedV1 } from '@demarche/contracts';
import type { FeedItem } from '../items/feed-item.entity.js';
import { whyHtml, whyText } from '../pull/why-html.js';
import type { Subscription } from '../subscriptions/subscription.entity.js';

export interface EmailEntry {
  deliveryId: string;
  item: FeedItem;
  release: ReleaseIndexedV1;
}

export interface EmailMessage {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  headers: Record<string, string>;
}

const MAX_BODY_CHARS = 600;

/**
 * One e-mail for one item, or a digest of several: a text and an HTML part, each entry with its
 * link, source, date and why it matched, and an unsubscribe link (also as List-Unsubscribe with
 * one-click POST, RFC 2369 / RFC 8058). The Message-ID comes from the delivery id, so a retried
 * send is recognisably the same message.
 */
export function renderEmail(sub: Subscription, entries: EmailEntry[], options: { from: string; unsubscribeUrl: string; feedUrl: string }): EmailMessage {
  const digest = sub.delivery.email?.digest ?? 'item';
  const subject =
    entries.length === 1 && digest === 'item'
      ? `[${sub.name}] ${entries[0].release.title}`
      : `[${sub.name}] ${entries.length} new release${entries.length === 1 ? '' : 's'} (${digest} digest)`;
  const text = [
    ...entries.map((e) => entryText(e)),
    `Feed: ${options.feedUrl}`,
    `Unsubscribe from these e-mails: ${options.unsubscribeUrl}`,
  ].join('\n\n');
  const html = [
    '<!doctype html><html><body>',
    ...entries.map((e) => entryHtml(e)),
    `<hr><p><a href="${escapeHtml(options.feedUrl)}">The feed</a> · <a href="${escapeHtml(options.unsubscribeUrl)}">Unsubscribe from these e-mails</a></p>`,
    '</body></html>',
  ].join('\n');
  return {
    from: options.from,
    to: sub.delivery.email!.to,
    subject,
    text,
    html,
    messageId: `<${entries[0].deliveryId}${entries.length > 1 ? `.${entries.length}` : ''}@demarche-feeds>`,
    headers: {
      'List-Unsubscribe': `<${options.unsubscribeUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'X-Demarche-Subscription': sub.id,
      'X-Demarche-Deliveries': entries.map((e) => e.deliveryId).join(' '),
    },
  };
}

const excerpt = (r: ReleaseIndexedV1) => {
  const body = r.paragraphs.join('\n\n');
  return body.length > MAX_BODY_CHARS ? `${body.slice(0, MAX_BODY_CHARS).trimEnd()}…` : body;
};

function entryText({ item, release }: EmailEntry): string {
  const also = item.alsoPublishedBy.map((c) => c.source);
  return [
    release.title,
    release.url ?? `urn:demarche:release:${release.id}`,
    `${release.source.name ?? release.source.id}${release.publishedAt ? ` · ${release.publishedAt}` : ''}`,
    '',
    excerpt(release),
    '',
    'Why it matched:',
    whyText(item.why),
    ...(also.length ? [`Also published by: ${also.join(', ')}`] : []),
  ].join('\n');
}

function entryHtml({ item, release }: EmailEntry): string {
  const link = release.url ? `<a href="${escapeHtml(release.url)}">${escapeHtml(release.title)}</a>` : escapeHtml(release.title);
  return [
    `<article><h2>${link}</h2>`,
    `<p><small>${escapeHtml(release.source.name ?? release.source.id)}${release.publishedAt ? ` · ${escapeHtml(release.publishedAt)}` : ''}</small></p>`,
    `<p>${escapeHtml(excerpt(release))}</p>`,
    whyHtml(item.why),
    '</article>',
  ].join('\n');
}
