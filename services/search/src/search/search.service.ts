import { BadRequestException, Inject, Injectable } from '@nestjs/common';
import type { Client, estypes } from '@elastic/elasticsearch';
import { ELASTIC_ALIAS, ELASTIC_CLIENT, type ReleaseDocument } from '@demarche/elastic';
import { elasticCall } from '../common/elastic-call.js';
import escapeHtml from 'escape-html';
import { buildQuery, searchBody, SNIPPET_FIELDS, sortFor, TITLE_FIELDS } from './build-search.js';
import { decodeCursor, encodeCursor, type Cursor } from './cursor.js';
import { readFacets } from './facets.js';
import type { SearchHitDto, SearchQueryDto, SearchResultDto } from './search-query.dto.js';

const PIT_KEEP_ALIVE = '2m';
/** Collapsed results page by offset (Elasticsearch refuses search_after with collapse): keep it bounded. */
const MAX_COLLAPSED_OFFSET = 10_000;

@Injectable()
export class SearchService {
  constructor(
    @Inject(ELASTIC_CLIENT) private readonly client: Client,
    @Inject(ELASTIC_ALIAS) private readonly alias: string,
  ) {}

  async search(params: SearchQueryDto): Promise<SearchResultDto> {
    const { query, hasText } = buildQuery(params);
    const previous = params.cursor ? decodeCursor(params.cursor) : undefined;
    const sort = previous?.sort ?? params.sort ?? (hasText ? 'relevance' : 'date');
    const collapse = previous ? previous.offset !== undefined : params.collapse;
    const offset = previous?.offset ?? 0;
    if (collapse && offset + params.limit > MAX_COLLAPSED_OFFSET) {
      throw new BadRequestException(`collapsed results stop at ${MAX_COLLAPSED_OFFSET}: narrow the search or use collapse=false`);
    }
    const body = searchBody(query, {
      sort,
      collapse,
      offset,
      after: previous?.after,
      facets: params.facets && !previous,
      dateInterval: params.dateInterval,
      limit: params.limit,
    });

    // The first page reads the alias while the point in time for the next pages opens
    // alongside, so it costs no extra round trip; the sort ends with the id, so page one's
    // sort values are a valid search_after inside the point in time.
    const [res, opened] = await elasticCall(() =>
      Promise.all([
        this.client.search<ReleaseDocument>(
          previous ? { ...body, pit: { id: previous.pit, keep_alive: PIT_KEEP_ALIVE } } : { ...body, index: this.alias },
        ),
        previous ? undefined : this.client.openPointInTime({ index: this.alias, keep_alive: PIT_KEEP_ALIVE }),
      ]),
    );

    const hits = res.hits.hits;
    const pit = res.pit_id ?? opened?.id ?? previous!.pit;
    let next: Cursor | undefined;
    if (hits.length === params.limit) {
      const sortLength = sortFor(sort).length;
      next = collapse
        ? offset + 2 * params.limit <= MAX_COLLAPSED_OFFSET
          ? { pit, offset: offset + params.limit, sort }
          : undefined
        : { pit, after: (hits.at(-1)!.sort as Cursor['after'])!.slice(0, sortLength), sort };
    }
    // Last page: let the point in time go now rather than at its keep-alive.
    if (!next) void this.client.closePointInTime({ id: pit }).catch(() => undefined);
    const total = typeof res.hits.total === 'number' ? res.hits.total : (res.hits.total?.value ?? 0);
    return {
      total,
      tookMs: res.took,
      hits: hits.map(toHit),
      ...(next && { nextCursor: encodeCursor(next) }),
      ...(res.aggregations && { facets: readFacets(res.aggregations as Record<string, unknown>) as unknown as Record<string, unknown> }),
    };
  }
}

const matching = (highlights: Record<string, string[]> | undefined, patterns: string[]) =>
  patterns.flatMap((pattern) => {
    const re = new RegExp(`^${pattern.replaceAll('.', '\\.').replace('*', '[^.]+')}$`);
    return Object.entries(highlights ?? {})
      .filter(([field]) => re.test(field))
      .map(([, fragments]) => fragments[0]);
  });

function toHit(hit: estypes.SearchHit<ReleaseDocument>): SearchHitDto {
  const doc = hit._source!;
  const copies = (hit.inner_hits?.copies?.hits.hits ?? []) as estypes.SearchHit<{ id: string; source: { id: string } }>[];
  const others = copies.filter((c) => c._source?.id !== doc.id);
  const copiesTotal = hit.inner_hits?.copies?.hits.total;
  const clusterSize = typeof copiesTotal === 'number' ? copiesTotal : (copiesTotal?.value ?? copies.length);
  const snippet = matching(hit.highlight, SNIPPET_FIELDS)[0] ?? escapeHtml((doc.body ?? '').slice(0, 200));
  const titleHighlight = matching(hit.highlight, TITLE_FIELDS)[0];
  return {
    id: doc.id,
    title: doc.title,
    publishedAt: doc.publishedAt,
    language: doc.language,
    source: doc.source.id,
    countries: doc.countries ?? [],
    eventType: doc.eventType,
    clusterId: doc.clusterId,
    snippet,
    ...(titleHighlight && { titleHighlight }),
    score: hit._score ?? 0,
    alsoPublishedBy: {
      count: Math.max(0, clusterSize - 1),
      sources: [...new Set(others.map((c) => c._source?.source.id).filter((s): s is string => !!s && s !== doc.source.id))],
    },
  };
}
