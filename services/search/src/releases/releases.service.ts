import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { Client } from '@elastic/elasticsearch';
import { ELASTIC_ALIAS, ELASTIC_CLIENT, type ReleaseDocument } from '@demarche/elastic';
import { elasticCall } from '../common/elastic-call.js';

@Injectable()
export class ReleasesService {
  constructor(
    @Inject(ELASTIC_CLIENT) private readonly client: Client,
    @Inject(ELASTIC_ALIAS) private readonly alias: string,
  ) {}

  async get(id: string): Promise<ReleaseDocument & { _index: string }> {
    const res = await elasticCall(() => this.client.get<ReleaseDocument>({ index: this.alias, id }, { ignore: [404] }));
    if (!res.found || !res._source) throw new NotFoundException(`No release ${id}`);
    return { ...res._source, _index: res._index };
  }

  /** Releases about the same thing, by their words in every language the release has. */
  async similar(id: string, limit: number) {
    const { _index, content } = await this.get(id);
    const fields = Object.keys(content).flatMap((lang) => [`content.${lang}.title`, `content.${lang}.body`]);
    const res = await elasticCall(() =>
      this.client.search<ReleaseDocument>({
        index: this.alias,
        size: limit,
        _source: ['id', 'title', 'publishedAt', 'language', 'source', 'clusterId'],
        query: {
          more_like_this: {
            fields,
            like: [{ _index, _id: id }],
            min_term_freq: 1,
            min_doc_freq: 1,
            max_query_terms: 40,
            minimum_should_match: '20%',
          },
        },
      }),
    );
    return {
      id,
      hits: res.hits.hits.map((h) => ({
        id: h._source!.id,
        title: h._source!.title,
        publishedAt: h._source!.publishedAt,
        language: h._source!.language,
        source: h._source!.source.id,
        clusterId: h._source!.clusterId,
        score: h._score ?? 0,
      })),
    };
  }
}
