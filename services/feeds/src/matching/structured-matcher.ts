import type { ReleaseIndexedV1 } from '@demarche/contracts';
import type { MatchReason } from '../items/feed-item.entity.js';
import type { SubscriptionFilter } from '../subscriptions/subscription.entity.js';

/** Topic feed memberships of one release: slug → why it is in that feed. */
export type TopicMemberships = Map<string, MatchReason>;

export interface StructuredResult {
  matched: boolean;
  reasons: MatchReason[];
  /** The filter still needs its query checked by Elasticsearch. */
  needsQuery: boolean;
}

/**
 * Evaluates every structured part of a filter in memory: OR within a dimension, AND across
 * dimensions. Returns the evidence of each dimension that matched.
 */
export function matchStructured(
  filter: SubscriptionFilter,
  release: ReleaseIndexedV1,
  topics: TopicMemberships,
): StructuredResult {
  const reasons: MatchReason[] = [];
  const fail = { matched: false, reasons: [], needsQuery: false };

  if (filter.topics?.length) {
    const hit = filter.topics.map((slug) => topics.get(slug)).filter((r): r is MatchReason => !!r);
    if (!hit.length) return fail;
    reasons.push(...hit);
  }
  if (filter.entities?.length) {
    const hit = release.entities.filter((e) => filter.entities!.includes(e.id));
    if (!hit.length) return fail;
    reasons.push(
      ...hit.map((e) => ({
        rule: 'entity' as const,
        value: e.id,
        evidence: `${e.name} (${e.type}${e.role ? `, ${e.role}` : ''})${e.mentions[0] ? `: "${e.mentions[0].text}"` : ''}`,
      })),
    );
  }
  if (filter.countries?.length) {
    const hit = filter.countries.filter((c) => release.countries.includes(c) || release.source.country === c);
    if (!hit.length) return fail;
    reasons.push(
      ...hit.map((c) => ({
        rule: 'country' as const,
        value: c,
        evidence: release.countries.includes(c) ? 'release is about this country' : 'published from this country',
      })),
    );
  }
  if (filter.sources?.length) {
    if (!filter.sources.includes(release.source.id)) return fail;
    reasons.push({ rule: 'source', value: release.source.id, evidence: release.source.name ?? release.source.id });
  }
  if (filter.languages?.length) {
    const available = [release.language, ...release.translations.map((t) => t.language)];
    const hit = filter.languages.filter((l) => available.includes(l));
    if (!hit.length) return fail;
    reasons.push(
      ...hit.map((l) => ({
        rule: 'language' as const,
        value: l,
        evidence: l === release.language ? 'original language' : 'machine translation available',
      })),
    );
  }
  if (filter.eventTypes?.length) {
    if (!release.eventType || !filter.eventTypes.includes(release.eventType)) return fail;
    reasons.push({ rule: 'eventType', value: release.eventType, evidence: `event type ${release.eventType}` });
  }
  return { matched: true, reasons, needsQuery: !!filter.query };
}

/** Topic feeds a release belongs to from its enrichment alone (slug or listed code). */
export function taggedTopics(
  release: ReleaseIndexedV1,
  feeds: Array<{ slug: string; codes: string[] }>,
): TopicMemberships {
  const memberships: TopicMemberships = new Map();
  for (const feed of feeds) {
    const topic = release.topics.find((t) => t.code === feed.slug || feed.codes.includes(t.code));
    if (topic) {
      memberships.set(feed.slug, {
        rule: 'topic',
        value: feed.slug,
        evidence: `tagged ${topic.code} (${topic.label}): ${topic.why}`,
      });
    }
  }
  return memberships;
}
