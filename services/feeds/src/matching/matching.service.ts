import { Inject, Injectable } from '@nestjs/common';
import type { ReleaseIndexedV1 } from '@demarche/contracts';
import type { MatchReason } from '../items/feed-item.entity.js';
import type { Subscription } from '../subscriptions/subscription.entity.js';
import { TOPIC_FEEDS } from '../topic-feeds/topic-feeds.module.js';
import type { TopicFeed } from '../topic-feeds/topic-feeds.js';
import { QueryMatcher } from './query-matcher.js';
import { queryReason } from './query-reason.js';
import { matchStructured, taggedTopics } from './structured-matcher.js';

export interface Match {
  /** `topic:<slug>` or `sub:<id>`. */
  feedKey: string;
  topicFeed?: TopicFeed;
  subscription?: Subscription;
  why: MatchReason[];
}

/** Decides which topic feeds and subscriptions a release belongs to, and why. */
@Injectable()
export class MatchingService {
  constructor(
    @Inject(TOPIC_FEEDS) private readonly feeds: TopicFeed[],
    private readonly queries: QueryMatcher,
  ) {}

  async match(release: ReleaseIndexedV1, subscriptions: Subscription[]): Promise<Match[]> {
    const topics = taggedTopics(release, this.feeds);
    // Topic feed fallbacks first: subscriptions to a topic feed depend on its membership.
    const untagged = this.feeds.filter((f) => f.query && !topics.has(f.slug));
    const fallback = await this.queries.matching(release, untagged.map((f) => f.query!));
    for (const feed of untagged) {
      const explanation = fallback.get(feed.query!);
      if (explanation) {
        const { evidence, terms, fragments } = queryReason(feed.query!, explanation, `search query of the topic feed (${feed.query})`);
        topics.set(feed.slug, { rule: 'topic', value: feed.slug, evidence, terms, fragments });
      }
    }
    const rematched = subscriptions.map((subscription) => ({ subscription, result: matchStructured(subscription.filter, release, topics) }));
    const withQuery = rematched.filter(({ result }) => result.matched && result.needsQuery);
    const queried = await this.queries.matching(release, [...new Set(withQuery.map((s) => s.subscription.filter.query!))]);

    const matches: Match[] = [...topics.entries()].map(([slug, reason]) => ({
      feedKey: `topic:${slug}`,
      topicFeed: this.feeds.find((f) => f.slug === slug),
      why: [reason],
    }));
    for (const { subscription, result } of rematched) {
      if (!result.matched) continue;
      const query = subscription.filter.query;
      const explanation = query ? queried.get(query) : undefined;
      if (query && !explanation) continue;
      const why = explanation ? [...result.reasons, queryReason(query!, explanation)] : result.reasons;
      matches.push({ feedKey: `sub:${subscription.id}`, subscription, why });
    }
    return matches.filter((m) => m.topicFeed || m.subscription);
  }
}
