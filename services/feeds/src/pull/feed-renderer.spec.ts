import { readFileSync } from 'node:fs';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import type { ReleaseIndexedV1 } from '@demarche/contracts';
import type { FeedItem } from '../items/feed-item.entity.js';
import { etagOf, notModified, renderFeed } from './feed-renderer.js';

const release = JSON.parse(
  readFileSync(new URL('../../../../libs/contracts/src/release-indexed/fixtures/v1.sample.json', import.meta.url), 'utf8'),
) as ReleaseIndexedV1;
const item = {
  seq: 7,
  feedKey: 'topic:middle-east',
  dedupeKey: release.clusterId,
  releaseId: release.id,
  clusterId: release.clusterId,
  title: release.title,
  publishedAt: release.publishedAt!,
  matchedAt: '2025-11-28T10:16:00.000Z',
  updatedAt: '2025-11-28T10:20:00.000Z',
  why: [
    { rule: 'topic', value: 'middle-east', evidence: 'keyword: Oriente Próximo' },
    {
      rule: 'query',
      value: 'Madrid',
      evidence: 'query matched "madrid" in title (en)',
      terms: ['madrid'],
      fragments: [{ field: 'title', language: 'en', fragments: ['counterpart in <mark>Madrid</mark>'] }],
    },
  ],
  alsoPublishedBy: [{ releaseId: 'rel_000000000000000000000001', source: 'embajada.example.org', title: 'copy', at: '2025-11-28T10:20:00.000Z' }],
} as FeedItem;
const description = {
  id: 'urn:demarche:feed:middle-east',
  title: 'Middle East',
  description: 'Middle East releases',
  self: 'http://127.0.0.1:8082/feeds/middle-east',
  home: 'http://127.0.0.1:8082/feeds',
  hub: 'http://127.0.0.1:8090/hub',
};
const releases = new Map([[release.id, release]]);

describe('feed rendering', () => {
  it('writes Atom and RSS a standard parser reads, with the hub link and why it matched', async () => {
    for (const format of ['atom', 'rss'] as const) {
      const xml = renderFeed(format, description, [item], releases);
      expect(xml).toContain('rel="hub"');
      const parsed = await new Parser().parseString(xml);
      expect(parsed.title).toBe('Middle East');
      expect(parsed.items).toHaveLength(1);
      expect(parsed.items[0].title).toBe(release.title);
      expect(parsed.items[0].link).toBe(release.url);
      expect(JSON.stringify(parsed.items[0])).toContain('Oriente Próximo');
      expect(JSON.stringify(parsed.items[0])).toContain('embajada.example.org');
      // The matched fragment, highlighted, with its field and language.
      const content = format === 'rss' ? String(parsed.items[0]['content:encoded']) : xml;
      expect(content).toContain('<em>title (en)</em>: …counterpart in <mark>Madrid</mark>…');
      expect(parsed.items[0].contentSnippet ?? parsed.items[0].summary).toBeDefined();
    }
  });

  it('writes JSON Feed 1.1', () => {
    const json = JSON.parse(renderFeed('json', description, [item], releases));
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.hubs).toEqual([{ type: 'WebSub', url: description.hub }]);
    expect(json.items[0]).toMatchObject({ id: `urn:demarche:release:${release.id}`, language: 'es', authors: [{ name: 'Ministerio de Asuntos Exteriores' }] });
    expect(json.items[0]._demarche.why[0].value).toBe('middle-east');
    expect(json.items[0]._demarche.why[1]).toMatchObject({ terms: ['madrid'], fragments: [{ field: 'title', language: 'en' }] });
    expect(json.items[0].content_html).toContain('<mark>Madrid</mark>');
  });

  it('answers If-None-Match with the same ETag only', () => {
    const etag = etagOf('body');
    expect(notModified(etag, etag)).toBe(true);
    expect(notModified(`W/${etag}, "x"`, etag)).toBe(true);
    expect(notModified('"other"', etag)).toBe(false);
    expect(notModified(undefined, etag)).toBe(false);
  });
});
