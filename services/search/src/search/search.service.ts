import { Inject, Injectable, NotFoundException, ServiceUnavailableException } from '@nestjs/common';
import type { Client, estypes } from '@elastic/elasticsearch';
import { ELASTIC_ALIAS, ELASTIC_CLIENT, isElasticUnavailable, type ReleaseDocument } from '@demarche/elastic';
import type { SearchHitDto, SearchQueryDto, SearchResultDto } from './search-query.dto.js';

const TEXT_FIELDS = ['title^3', 'body', 'content.*.title^3', 'content.*.body'];
const SNIPPET_FIELDS = ['body', 'content.*.body', 'title', 'content.*.title'];

@Injectable()
export class SearchService {
  constructor(
    @Inject(ELASTIC_CLIENT) private readonly client: Client,
    @Inject(ELASTIC_ALIAS) private readonly alias: string,
  ) {}

  async search(query: SearchQueryDto): Promise<SearchResultDto> {
    const filter: estypes.QueryDslQueryContainer[] = [];
    if (query.language) filter.push({ term: { language: query.language } });
    if (query.source) filter.push({ term: { 'source.id': query.source } });

    const res = await this.guard(() =>
      this.client.search<ReleaseDocument>({
        index: this.alias,
        size: query.limit,
        track_total_hits: true,
        _source: ['id', 'title', 'publishedAt', 'language', 'source'],
        query: {
          bool: {
            // simple_query_string: a user syntax that can never become raw query DSL and never errors.
            must: [
              {
                simple_query_string: {
                  query: query.q,
                  fields: TEXT_FIELDS,
                  default_operator: 'and',
                  flags: 'AND|OR|NOT|PHRASE|PREFIX|PRECEDENCE|WHITESPACE|ESCAPE',
                },
              },
            ],
            filter,
          },
        },
        highlight: {
          encoder: 'html',
          pre_tags: ['<mark>'],
          post_tags: ['</mark>'],
          fields: Object.fromEntries(SNIPPET_FIELDS.map((f) => [f, { fragment_size: 200, number_of_fragments: 1 }])),
        },
      }),
    );

    const total = typeof res.hits.total === 'number' ? res.hits.total : (res.hits.total?.value ?? 0);
    return { total, tookMs: res.took, hits: res.hits.hits.map(toHit) };
  }

  async get(id: string): Promise<ReleaseDocument> {
    const res = await this.guard(() =>
      this.client.get<ReleaseDocument>({ index: this.alias, id }, { ignore: [404] }),
    );
    if (!res.found || !res._source) throw new NotFoundException(`No release ${id}`);
    return res._source;
  }

  private async guard<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      if (isElasticUnavailable(error)) throw new ServiceUnavailableException('Search is temporarily unavailable');
      throw error;
    }
  }
}

function toHit(hit: estypes.SearchHit<ReleaseDocument>): SearchHitDto {
  const doc = hit._source!;
  const highlight = SNIPPET_FIELDS.flatMap((f) =>
    Object.entries(hit.highlight ?? {})
      .filter(([field]) => new RegExp(`^${f.replace('.', '\\.').replace('*', '[^.]+')}$`).test(field))
      .map(([, fragments]) => fragments[0]),
  );
  return {
    id: doc.id,
    title: doc.title,
    publishedAt: doc.publishedAt,
    language: doc.language,
    source: doc.source.id,
    snippet: highlight[0] ?? '',
    score: hit._score ?? 0,
  };
}
