import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { parseQuery, QuerySyntaxError } from '@demarche/query';

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

/**
 * Reads and checks the topic feed list; a bad entry stops the service with a message naming its
 * file and line. `producibleCodes` (the topic codes enrichment can tag) makes a code no release
 * will ever carry an error too: such a feed would stay empty without a word.
 */
export function loadTopicFeeds(file = DEFAULT_TOPIC_FEEDS_FILE, producibleCodes?: ReadonlySet<string>): TopicFeed[] {
  const lines = new LineCounter();
  const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter: lines });
  if (doc.errors.length) throw new Error(`${file}: ${doc.errors[0].message}`);
  const at = (node: Node | null | undefined) => `${file}:${node?.range ? lines.linePos(node.range[0]).line : 1}`;
  const list = doc.get('feeds', true) as Node | undefined;
  if (list !== undefined && !isSeq(list)) throw new Error(`${at(list)}: feeds must be a list`);
  const feeds = (list?.items ?? []).map((node, i) => {
    if (!isMap(node)) throw new Error(`${at(node as Node)}: feeds[${i}] must be a mapping`);
    const f = node.toJSON() as Partial<TopicFeed>;
    const field = (key: string) => at((node.get(key, true) as Node | undefined) ?? node);
    if (!f.slug || !SLUG.test(f.slug)) throw new Error(`${field('slug')}: feeds[${i}].slug must be a lowercase slug`);
    if (!f.title) throw new Error(`${at(node)}: feeds[${i}] (${f.slug}) needs a title`);
    const codes = f.codes ?? [];
    if (!Array.isArray(codes)) throw new Error(`${field('codes')}: ${f.slug}: codes must be a list`);
    const codeNodes = node.get('codes', true);
    codes.forEach((code, j) => {
      if (producibleCodes && !producibleCodes.has(code)) {
        const where = isSeq(codeNodes) ? at(codeNodes.items[j] as Node) : field('codes');
        throw new Error(`${where}: ${f.slug}: enrichment never tags ${code}; the feed would stay empty (see libs/nlp/data/topics.yaml)`);
      }
    });
    if (f.query !== undefined) checkQuery(f.query, `${field('query')}: ${f.slug}`);
    return { slug: f.slug, title: f.title, description: f.description ?? f.title, codes, query: f.query };
  });
  const slugs = new Set<string>();
  feeds.forEach((f, i) => {
    if (slugs.has(f.slug)) throw new Error(`${at(list!.items[i] as Node)}: duplicate slug ${f.slug}`);
    slugs.add(f.slug);
  });
  return feeds;
}

function checkQuery(query: unknown, where: string) {
  if (typeof query !== 'string' || !query.trim()) throw new Error(`${where}: query must be a non-empty string`);
  try {
    parseQuery(query);
  } catch (error) {
    if (error instanceof QuerySyntaxError) throw new Error(`${where}: query: ${error.message}`, { cause: error });
    throw error;
  }
}

export const feedTopic = (slug: string) => `feeds.${slug}.v1`;
