import { Inject, Injectable } from '@nestjs/common';
import type { Client, estypes } from '@elastic/elasticsearch';
import { ELASTIC_ALIAS, ELASTIC_CLIENT, type ReleaseDocument } from '@demarche/elastic';
import { elasticCall } from '../common/elastic-call.js';
import { buildQuery } from '../search/build-search.js';
import type { SearchFiltersDto } from '../search/search-query.dto.js';

const PAGE = 1000;

@Injectable()
export class ExportService {
  constructor(
    @Inject(ELASTIC_CLIENT) private readonly client: Client,
    @Inject(ELASTIC_ALIAS) private readonly alias: string,
  ) {}

  /**
   * Every matching release, newest first, in pages over one point in time, so the whole
   * set is consistent and memory stays flat however large it is.
   */
  async *documents(filters: SearchFiltersDto): AsyncGenerator<ReleaseDocument> {
    const { query } = buildQuery(filters);
    let pit = (await elasticCall(() => this.client.openPointInTime({ index: this.alias, keep_alive: '1m' }))).id;
    try {
      let after: estypes.SortResults | undefined;
      for (;;) {
        const res = await elasticCall(() =>
          this.client.search<ReleaseDocument>({
            pit: { id: pit, keep_alive: '1m' },
            size: PAGE,
            query,
            sort: [{ publishedAt: { order: 'desc', missing: '_last', unmapped_type: 'date' } }],
            _source_excludes: ['paragraphs', 'translations', 'content', 'body', 'entities.mentions'],
            search_after: after,
            track_total_hits: false,
          }),
        );
        pit = res.pit_id ?? pit;
        for (const hit of res.hits.hits) yield hit._source!;
        if (res.hits.hits.length < PAGE) return;
        after = res.hits.hits.at(-1)!.sort;
      }
    } finally {
      await this.client.closePointInTime({ id: pit }).catch(() => undefined);
    }
  }
}
