import { Inject, Injectable } from '@nestjs/common';
import type { Client, estypes } from '@elastic/elasticsearch';
import { DependencyUnavailableError } from '@demarche/kafka';
import { ELASTIC_ALIAS, ELASTIC_CLIENT, isElasticUnavailable } from '@demarche/elastic';
import { compileQuery, explainHighlight, parseQuery, queryHighlight, type Explanation } from '@demarche/query';

/** A subscription query compiled exactly as the search API compiles `q`, so both match the same releases. */
export function queryClause(query: string): estypes.QueryDslQueryContainer {
  return compileQuery(parseQuery(query));
}

function compiled(query: string): estypes.QueryDslQueryContainer | undefined {
  try {
    return queryClause(query);
  } catch {
    return undefined;
  }
}

/** Query → why it matched, for one release. */
export type QueryMatches = Map<string, Explanation>;

interface Pending {
  releaseId: string;
  queries: string[];
  language: string;
  resolve: (matched: QueryMatches) => void;
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

  /** Resolves with the queries (as given) that match the release, each with its highlighted evidence. */
  matching(release: { id: string; language: string }, queries: string[]): Promise<QueryMatches> {
    if (!queries.length) return Promise.resolve(new Map());
    return new Promise((resolve, reject) => {
      this.pending.push({ releaseId: release.id, language: release.language, queries, resolve, reject });
      this.timer ??= setTimeout(() => void this.flush(), QueryMatcher.BATCH_WINDOW_MS);
    });
  }

  private async flush() {
    const batch = this.pending;
    this.pending = [];
    this.timer = undefined;
    try {
      const results = await this.run(batch);
      batch.forEach((p) => {
        const hits = results.get(p.releaseId);
        const matched: QueryMatches = new Map();
        for (const query of p.queries) {
          const hit = hits?.get(query);
          if (hit) matched.set(query, explainHighlight(hit, p.language));
        }
        p.resolve(matched);
      });
    } catch (error) {
      const wrapped = isElasticUnavailable(error)
        ? new DependencyUnavailableError('elasticsearch', (error as Error).message, { cause: error })
        : error;
      batch.forEach((p) => p.reject(wrapped));
    }
  }

  /** Release id → query → the hit's highlight. */
  private async run(batch: Pending[]): Promise<Map<string, Map<string, Record<string, string[]>>>> {
    const ids = [...new Set(batch.map((p) => p.releaseId))];
    await this.ensureVisible(ids);
    // Queries are checked when a subscription is saved; one stored before that check and no longer
    // valid matches nothing rather than failing the whole batch.
    const queries: string[] = [];
    const clauses: estypes.QueryDslQueryContainer[] = [];
    for (const query of new Set(batch.flatMap((p) => p.queries))) {
      const clause = compiled(query);
      if (clause) {
        queries.push(query);
        clauses.push(clause);
      }
    }
    if (!queries.length) return new Map();
    const searches = clauses.flatMap((clause) => [
      { index: this.alias },
      {
        size: ids.length,
        _source: false,
        query: { bool: { filter: [{ ids: { values: ids } }], must: [clause] } },
        highlight: queryHighlight(),
      } satisfies estypes.SearchRequest,
    ]);
    const res = await this.client.msearch({ searches });
    const matched = new Map<string, Map<string, Record<string, string[]>>>();
    res.responses.forEach((response, i) => {
      if ('error' in response) throw new Error(`query "${queries[i]}" failed: ${JSON.stringify(response.error)}`);
      for (const hit of response.hits.hits) {
        const byQuery = matched.get(hit._id!) ?? new Map<string, Record<string, string[]>>();
        byQuery.set(queries[i], hit.highlight ?? {});
        matched.set(hit._id!, byQuery);
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
