import { Inject, Injectable, ServiceUnavailableException } from '@nestjs/common';
import type { Client, estypes } from '@elastic/elasticsearch';
import type { ReleaseIndexedV1 } from '@demarche/contracts';
import { ELASTIC_ALIAS, ELASTIC_CLIENT, isElasticUnavailable } from '@demarche/elastic';
import { compileQuery, explainHighlight, parseQuery, queryHighlight } from '@demarche/query';
import { queryReason } from '../matching/query-reason.js';
import { matchStructured, taggedTopics } from '../matching/structured-matcher.js';
import { TOPIC_FEEDS } from '../topic-feeds/topic-feeds.module.js';
import type { TopicFeed } from '../topic-feeds/topic-feeds.js';
import type { SubscriptionFilter } from './subscription.entity.js';
import type { PreviewItemView, PreviewRequestDto, PreviewView } from './preview.dto.js';
import { SubscriptionsService } from './subscriptions.service.js';

type Query = estypes.QueryDslQueryContainer;
const DAY_MS = 86_400_000;
/** Releases scanned per preview: enough for weeks of a focused alert, bounded for a broad one. */
const SCAN = 500;

/**
 * Runs a draft filter over the archive as matching would have run it on each release as it
 * arrived: Elasticsearch narrows the period to candidates (and runs the query parts), then the
 * same structured matcher and query explanation as live matching decide and explain each one.
 */
@Injectable()
export class PreviewService {
  constructor(
    @Inject(ELASTIC_CLIENT) private readonly client: Client,
    @Inject(ELASTIC_ALIAS) private readonly alias: string,
    @Inject(TOPIC_FEEDS) private readonly feeds: TopicFeed[],
    private readonly subscriptions: SubscriptionsService,
  ) {}

  async preview(dto: PreviewRequestDto): Promise<PreviewView> {
    const filter = this.subscriptions.checkFilter(dto.filter);
    const to = new Date();
    const from = new Date(to.getTime() - (dto.days ?? 7) * DAY_MS);
    const query = filter.query ? compileQuery(parseQuery(filter.query)) : undefined;
    let res: estypes.SearchResponse<ReleaseIndexedV1>;
    try {
      res = await this.client.search<ReleaseIndexedV1>({
        index: this.alias,
        size: SCAN,
        track_total_hits: true,
        query: { bool: { filter: [inPeriod(from.toISOString()), ...this.prefilter(filter)], ...(query ? { must: [query] } : {}) } },
        sort: [{ publishedAt: { order: 'desc', missing: '_last', unmapped_type: 'date' } }, { id: { order: 'asc' } }],
        ...(query ? { highlight: { ...queryHighlight(), highlight_query: query } } : {}),
      });
    } catch (error) {
      if (isElasticUnavailable(error)) throw new ServiceUnavailableException('Elasticsearch is unreachable');
      throw error;
    }
    const matched = res.hits.hits.flatMap((hit) => {
      const why = this.explain(filter, { ...hit._source!, index: this.alias }, hit);
      return why ? [{ release: hit._source!, why }] : [];
    });
    const items = fold(matched, !!dto.everyCopy);
    const scanned = typeof res.hits.total === 'number' ? res.hits.total : (res.hits.total?.value ?? 0);
    return {
      from: from.toISOString(),
      to: to.toISOString(),
      total: items.length,
      truncated: scanned > SCAN || items.length > (dto.limit ?? 50),
      items: items.slice(0, dto.limit ?? 50),
    };
  }

  /** The live matcher's verdict and reasons for one archived release, or undefined. */
  private explain(filter: SubscriptionFilter, release: ReleaseIndexedV1, hit: estypes.SearchHit<ReleaseIndexedV1>) {
    const topics = taggedTopics(release, this.feeds);
    for (const slug of filter.topics ?? []) {
      const feed = this.feeds.find((f) => f.slug === slug);
      if (feed?.query && !topics.has(slug) && hit.matched_queries && `topic:${slug}` in toNames(hit.matched_queries)) {
        topics.set(slug, { rule: 'topic', value: slug, evidence: `search query of the topic feed (${feed.query}) matched` });
      }
    }
    const result = matchStructured(filter, release, topics);
    if (!result.matched) return undefined;
    return filter.query ? [...result.reasons, queryReason(filter.query, explainHighlight(hit.highlight, release.language))] : result.reasons;
  }

  /** Candidates only: never narrower than what matchStructured accepts. */
  private prefilter(f: SubscriptionFilter): Query[] {
    const any = (should: Query[]): Query => ({ bool: { should, minimum_should_match: 1 } });
    const out: Query[] = [];
    if (f.topics?.length) {
      out.push(
        any(
          f.topics.flatMap((slug) => {
            const feed = this.feeds.find((t) => t.slug === slug)!;
            const tagged: Query = { terms: { 'topics.code': [slug, ...feed.codes] } };
            return feed.query ? [tagged, { bool: { must: [compileQuery(parseQuery(feed.query))], _name: `topic:${slug}` } }] : [tagged];
          }),
        ),
      );
    }
    if (f.entities?.length) out.push({ terms: { 'entities.id': f.entities } });
    if (f.countries?.length) out.push(any([{ terms: { countries: f.countries } }, { terms: { 'source.country': f.countries } }]));
    if (f.sources?.length) out.push({ terms: { 'source.id': f.sources } });
    if (f.languages?.length) out.push(any([{ terms: { language: f.languages } }, { terms: { 'translations.language': f.languages } }]));
    if (f.eventTypes?.length) out.push({ terms: { eventType: f.eventTypes } });
    return out;
  }
}

/** Published in the period, or (no date given) indexed in it. */
const inPeriod = (from: string): Query => ({
  bool: {
    should: [
      { range: { publishedAt: { gte: from } } },
      { bool: { must_not: [{ exists: { field: 'publishedAt' } }], filter: [{ range: { indexedAt: { gte: from } } }] } },
    ],
    minimum_should_match: 1,
  },
});

const toNames = (q: string[] | Record<string, number>) => (Array.isArray(q) ? Object.fromEntries(q.map((n) => [n, 1])) : q);

/** As live delivery does: once per story, the first copy published; later copies fold into it. Newest first. */
function fold(matched: Array<{ release: ReleaseIndexedV1; why: PreviewItemView['why'] }>, everyCopy: boolean): PreviewItemView[] {
  const oldestFirst = [...matched].reverse();
  const byStory = new Map<string, PreviewItemView>();
  for (const { release, why } of oldestFirst) {
    const key = everyCopy ? release.id : release.clusterId;
    const story = byStory.get(key);
    if (story) {
      story.alsoPublishedBy.push({ releaseId: release.id, source: release.source.id });
      continue;
    }
    byStory.set(key, {
      releaseId: release.id,
      clusterId: release.clusterId,
      title: release.title,
      url: release.url,
      publishedAt: release.publishedAt,
      source: release.source.id,
      language: release.language,
      why,
      alsoPublishedBy: [],
    });
  }
  return [...byStory.values()].reverse();
}
