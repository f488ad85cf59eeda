// The vocabulary of the analyst query syntax: the tree `parseQuery` builds, the fields a term may
// be scoped to, the limits a query must keep within, and the error it reports.
export type QueryNode =
  | { kind: 'term'; field?: QueryField; value: string; wildcard: boolean }
  | { kind: 'phrase'; field?: QueryField; value: string }
  | { kind: 'and'; items: QueryNode[] }
  | { kind: 'or'; items: QueryNode[] }
  | { kind: 'not'; item: QueryNode };

export const TEXT_SCOPES = ['title', 'body'] as const;
export const EXACT_SCOPES = ['source', 'country', 'lang', 'entity', 'topic', 'type'] as const;
export type QueryField = (typeof TEXT_SCOPES)[number] | (typeof EXACT_SCOPES)[number];
export const QUERY_LIMITS = { maxLength: 500, maxTerms: 40, maxWildcards: 3, minWildcardPrefix: 2, maxDepth: 8 };

export class QuerySyntaxError extends Error {
  constructor(
    message: string,
    readonly position?: number,
  ) {
    super(position === undefined ? message : `${message} (at character ${position + 1})`);
    this.name = 'QuerySyntaxError';
  }
}
