import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export interface TopicFeed {
  slug: string;
  title: string;
  description: string;
  /** Topic codes (besides the slug itself) that put a release in this feed. */
  codes: string[];
  /** Fallback rule in the search syntax, for releases enrichment has not tagged. */
  query?: string;
}

export const DEFAULT_TOPIC_FEEDS_FILE = fileURLToPath(new URL('../../topic-feeds.yaml', import.meta.url));

const SLUG = /^[a-z0-9][a-z0-9-]{0,60}$/;

/** Reads and checks the topic feed list; a bad file stops the service with a message naming the entry. */
export function loadTopicFeeds(file = DEFAULT_TOPIC_FEEDS_FILE): TopicFeed[] {
  const parsed = parse(readFileSync(file, 'utf8')) as { feeds?: Array<Partial<TopicFeed>> };
  const feeds = (parsed?.feeds ?? []).map((f, i) => {
    if (!f.slug || !SLUG.test(f.slug)) throw new Error(`${file}: feeds[${i}].slug must be a lowercase slug`);
    if (!f.title) throw new Error(`${file}: feeds[${i}] (${f.slug}) needs a title`);
    return { slug: f.slug, title: f.title, description: f.description ?? f.title, codes: f.codes ?? [], query: f.query };
  });
  const slugs = new Set(feeds.map((f) => f.slug));
  if (slugs.size !== feeds.length) throw new Error(`${file}: duplicate slugs`);
  return feeds;
}

export const feedTopic = (slug: string) => `feeds.${slug}.v1`;
