import { Inject, Injectable } from '@nestjs/common';
import type { Client, estypes } from '@elastic/elasticsearch';
import { DependencyUnavailableError } from '@demarche/kafka';
import { ELASTIC_ALIAS, ELASTIC_CLIENT, isElasticUnavailable } from '@demarche/elastic';

/** The search API's fields and syntax, so a subscription query means what a search means. */
const TEXT_FIELDS = ['title^3', 'body', 'content.*.title^3', 'content.*.body'];
const FLAGS = 'AND|OR|NOT|PHRASE|PREFIX|PRECEDENCE|WHITESPACE|ESCAPE';

export function queryClause(query: string): estypes.QueryDslQueryContainer {
  return { simple_query_string: { query, fields: TEXT_FIELDS, default_operator: 'and', flags: FLAGS } };
}

interface Pending {
  releaseId: string;
  queries: string[];
  resolve: (matched: Set<string>) => void;
  reject: (error: unknown) => void;
}

/**
 * Checks search-syntax queries against newly indexed releases without a percolator: each
 * distinct query runs once per batch as a search restricted (ids filter) to the batch's
 * releases, all in one multi-search. Releases arriving within BATCH_WINDOW_MS share a batch.
 */
@Injectable()
export class QueryMatcher {
  static readonly BATCH_WINDOW_MS = 15;
  private pending: Pending[] = [];
  private timer?: NodeJS.Timeout;

  constructor(
    @Inject(ELASTIC_CLIENT) private readonly client: Client,
    @Inject(ELASTIC_ALIAS) private readonly alias: string,
  ) {}

  /** Resolves with the queries (as given) that match the release. */
  matching(releaseId: string, queries: string[]): Promise<Set<string>> {
    if (!queries.length) return Promise.resolve(new Set());
    return new Promise((resolve, reject) => {
      this.pending.push({ releaseId, queries, resolve, reject });
      this.timer ??= setTimeout(() => void this.flush(), QueryMatcher.BATCH_WINDOW_MS);
    });
  }

  private async flush() {
    const batch = this.pending;
    this.pending = [];
    this.timer = undefined;
    try {
      const results = await this.run(batch);
      batch.forEach((p) => p.resolve(results.get(p.releaseId) ?? new Set()));
    } catch (error) {
      const wrapped = isElasticUnavailable(error)
        ? new DependencyUnavailableError('elasticsearch', (error as Error).message, { cause: error })
        : error;
      batch.forEach((p) => p.reject(wrapped));
    }
  }

  private async run(batch: Pending[]): Promise<Map<string, Set<string>>> {
    const ids = [...new Set(batch.map((p) => p.releaseId))];
    await this.ensureVisible(ids);
    const queries = [...new Set(batch.flatMap((p) => p.queries))];
    const searches = queries.flatMap((query) => [
      { index: this.alias },
      {
        size: ids.length,
        _source: false,
        query: { bool: { filter: [{ ids: { values: ids } }], must: [queryClause(query)] } },
      } satisfies estypes.SearchRequest,
    ]);
    const res = await this.client.msearch({ searches });
    const matched = new Map<string, Set<string>>();
    res.responses.forEach((response, i) => {
      if ('error' in response) throw new Error(`query "${queries[i]}" failed: ${JSON.stringify(response.error)}`);
      for (const hit of response.hits.hits) {
        const set = matched.get(hit._id!) ?? new Set<string>();
        set.add(queries[i]);
        matched.set(hit._id!, set);
      }
    });
    return matched;
  }

  /**
   * The index service announces a document once it is searchable (bulk `refresh=wait_for`); an
   * event from elsewhere (a replay, another writer) may still overtake the refresh: then refresh once.
   */
  private async ensureVisible(ids: string[]) {
    const res = await this.client.count({ index: this.alias, query: { ids: { values: ids } } });
    if (res.count < ids.length) await this.client.indices.refresh({ index: this.alias });
  }
}
