import { createHash } from 'node:crypto';
import escapeHtml from 'escape-html';
import { Feed } from 'feed';
import type { ReleaseIndexedV1 } from '@demarche/contracts';
import type { FeedItem } from '../items/feed-item.entity.js';
import { whyHtml } from './why-html.js';

export const FEED_FORMATS = {
  atom: 'application/atom+xml; charset=utf-8',
  rss: 'application/rss+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
} as const;
export type FeedFormat = keyof typeof FEED_FORMATS;

export interface FeedDescription {
  id: string;
  title: string;
  description: string;
  /** URL of the feed without its extension: `<self>.atom`, `<self>.rss`, `<self>.json`. */
  self: string;
  /** An HTML-ish home for the feed (its JSON listing). */
  home: string;
  hub?: string;
}

/** Renders Atom 1.0, RSS 2.0 or JSON Feed 1.1 with the `feed` library; each item says why it matched. */
export function renderFeed(
  format: FeedFormat,
  feed: FeedDescription,
  items: FeedItem[],
  releases: Map<string, ReleaseIndexedV1>,
): string {
  const updated = items.reduce((latest, i) => (i.updatedAt > latest ? i.updatedAt : latest), '1970-01-01T00:00:00.000Z');
  const out = new Feed({
    id: feed.id,
    title: feed.title,
    description: feed.description,
    link: feed.home,
    updated: new Date(updated),
    generator: 'Démarche feeds',
    copyright: 'Official releases; machine translations marked as such',
    feedLinks: { atom: `${feed.self}.atom`, rss: `${feed.self}.rss`, json: `${feed.self}.json` },
    ...(feed.hub ? { hub: feed.hub } : {}),
  });
  for (const item of items) {
    const release = releases.get(item.releaseId);
    if (!release) continue;
    const why = item.why.map((w) => `${w.rule} ${w.value}: ${w.evidence}`).join('; ');
    const also = item.alsoPublishedBy.map((c) => c.source);
    out.addItem({
      id: `urn:demarche:release:${release.id}`,
      guid: `urn:demarche:release:${release.id}`,
      title: release.title,
      link: release.url ?? `urn:demarche:release:${release.id}`,
      date: new Date(item.updatedAt),
      published: new Date(release.publishedAt && !Number.isNaN(Date.parse(release.publishedAt)) ? release.publishedAt : item.matchedAt),
      description: `Matched: ${why}${also.length ? `. Also published by: ${also.join(', ')}` : ''}`,
      content: whyHtml(item.why) + release.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join(''),
      author: [{ name: release.source.name ?? release.source.id }],
      category: release.topics.map((t) => ({ name: t.label, term: t.code })),
    });
  }
  if (format === 'atom') return out.atom1();
  if (format === 'rss') return out.rss2();
  // The library writes JSON Feed 1.0; 1.1 renames `author` to `authors` and adds `language`.
  const json = JSON.parse(out.json1()) as Record<string, unknown> & { items: Array<Record<string, unknown>> };
  json.version = 'https://jsonfeed.org/version/1.1';
  if (feed.hub) json.hubs = [{ type: 'WebSub', url: feed.hub }];
  for (const item of json.items) {
    if (item.author) {
      item.authors = [item.author];
      delete item.author;
    }
    const release = releases.get(String(item.id).replace('urn:demarche:release:', ''));
    const source = items.find((i) => `urn:demarche:release:${i.releaseId}` === item.id);
    if (release) item.language = release.language;
    if (source) item._demarche = { why: source.why, alsoPublishedBy: source.alsoPublishedBy, clusterId: source.clusterId };
  }
  return JSON.stringify(json, null, 2);
}

/** A strong validator of the exact representation, so If-None-Match answers 304 only for identical bytes. */
export const etagOf = (body: string) => `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

export function notModified(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}

