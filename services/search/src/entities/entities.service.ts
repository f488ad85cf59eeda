import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { Client, estypes } from '@elastic/elasticsearch';
import { ELASTIC_ALIAS, ELASTIC_CLIENT, parseEntityKey, type ReleaseDocument } from '@demarche/elastic';
import { elasticCall } from '../common/elastic-call.js';
import { dateHistogram } from '../search/facets.js';
import type { EntitySuggestQueryDto } from './entities.dto.js';
import { regexpLiteral, regexpLiteralIgnoreCase } from './lucene-regexp.js';

type Bucket = { key: string; key_as_string?: string; doc_count: number };
const buckets = (aggs: Record<string, estypes.AggregationsAggregate> | undefined, name: string) =>
  ((aggs?.[name] as { buckets?: Bucket[] } | undefined)?.buckets ?? []);

@Injectable()
export class EntitiesService {
  constructor(
    @Inject(ELASTIC_CLIENT) private readonly client: Client,
    @Inject(ELASTIC_ALIAS) private readonly alias: string,
  ) {}

  /** Autocomplete over the `type|id|name` keys: the name or one of its words starts with the prefix. */
  async suggest(q: EntitySuggestQueryDto) {
    const type = q.type ? regexpLiteral(q.type) : '[^|]*';
    const include = `${type}\\|[^|]*\\|(.*[ \\-])?${regexpLiteralIgnoreCase(q.prefix)}.*`;
    const res = await elasticCall(() =>
      this.client.search({
        index: this.alias,
        size: 0,
        aggs: { entities: { terms: { field: 'entityKeys', size: q.limit, include } } },
      }),
    );
    return {
      prefix: q.prefix,
      entities: buckets(res.aggregations, 'entities').map((b) => ({ ...parseEntityKey(b.key), releases: b.doc_count })),
    };
  }

  /** Profile: who it is, mentions over time, co-mentioned entities, roles, countries, latest releases. */
  async profile(id: string) {
    const self = `[^|]*\\|${regexpLiteral(id)}\\|.*`;
    const res = await elasticCall(() =>
      this.client.search<ReleaseDocument>({
        index: this.alias,
        size: 10,
        track_total_hits: true,
        query: { term: { 'entities.id': id } },
        sort: [{ publishedAt: { order: 'desc', missing: '_last', unmapped_type: 'date' } }],
        _source: ['id', 'title', 'publishedAt', 'language', 'source', 'clusterId'],
        aggs: {
          self: { terms: { field: 'entityKeys', size: 1, include: self } },
          // Empty months included, so the timeline's bars are evenly spaced in time.
          timeline: dateHistogram('month', true),
          coMentioned: { terms: { field: 'entityKeys', size: 15, exclude: self } },
          roles: { terms: { field: 'entityRoles', size: 10, include: `${regexpLiteral(id)}\\|.*` } },
          countries: { terms: { field: 'countries', size: 10 } },
          sources: { terms: { field: 'source.id', size: 10 } },
        },
      }),
    );
    const total = typeof res.hits.total === 'number' ? res.hits.total : (res.hits.total?.value ?? 0);
    const identity = buckets(res.aggregations, 'self')[0];
    if (total === 0 || !identity) throw new NotFoundException(`No release mentions entity ${id}`);
    const { type, name } = parseEntityKey(identity.key);
    return {
      id,
      name,
      type,
      releases: total,
      timeline: buckets(res.aggregations, 'timeline').map((b) => ({ date: b.key_as_string ?? String(b.key), count: b.doc_count })),
      coMentioned: buckets(res.aggregations, 'coMentioned').map((b) => ({ ...parseEntityKey(b.key), releases: b.doc_count })),
      roles: buckets(res.aggregations, 'roles').map((b) => ({ role: b.key.slice(id.length + 1), releases: b.doc_count })),
      countries: buckets(res.aggregations, 'countries').map((b) => ({ value: b.key, count: b.doc_count })),
      sources: buckets(res.aggregations, 'sources').map((b) => ({ value: b.key, count: b.doc_count })),
      latest: res.hits.hits.map((h) => ({
        id: h._source!.id,
        title: h._source!.title,
        publishedAt: h._source!.publishedAt,
        language: h._source!.language,
        source: h._source!.source.id,
      })),
    };
  }
}
