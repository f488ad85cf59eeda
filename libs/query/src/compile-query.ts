import type { estypes } from '@elastic/elasticsearch';
import type { QueryField, QueryNode } from './query-language.js';

type Query = estypes.QueryDslQueryContainer;

/** Original text and every translation; titles weigh more. */
export const ALL_TEXT_FIELDS = ['title^3', 'body', 'content.*.title^3', 'content.*.body'];
const TEXT_FIELDS: Record<string, string[]> = {
  title: ['title', 'content.*.title'],
  body: ['body', 'content.*.body'],
};
const EXACT_FIELDS: Record<string, string> = {
  source: 'source.id',
  country: 'countries',
  lang: 'language',
  topic: 'topics.code',
  type: 'eventType',
};

function exact(field: QueryField, value: string, wildcard: boolean): Query {
  const normalised = field === 'country' ? value.toUpperCase() : field === 'lang' ? value.toLowerCase() : value;
  const one = (name: string): Query =>
    wildcard
      ? { wildcard: { [name]: { value: normalised, case_insensitive: true } } }
      : { term: { [name]: { value: normalised, case_insensitive: field !== 'entity' } } };
  // An entity is named by its id (Q7747) or its name ("Vladimir Putin").
  if (field === 'entity') return { bool: { should: [one('entities.id'), one('entities.name')], minimum_should_match: 1 } };
  return one(EXACT_FIELDS[field]);
}

function leaf(node: Extract<QueryNode, { kind: 'term' | 'phrase' }>): Query {
  const field = node.field;
  if (field && !(field in TEXT_FIELDS)) return exact(field, node.value, node.kind === 'term' && node.wildcard);
  const fields = field ? TEXT_FIELDS[field] : ALL_TEXT_FIELDS;
  if (node.kind === 'phrase') return { multi_match: { query: node.value, fields, type: 'phrase' } };
  if (node.wildcard) {
    // The parser allowed only letters, digits, `.`, `-`, `_`, `*` and `?` here; escape all but the wildcards.
    const escaped = node.value.replace(/[.\-_]/gu, (c) => `\\${c}`);
    return {
      query_string: {
        query: escaped,
        fields,
        analyze_wildcard: true,
        allow_leading_wildcard: false,
        max_determinized_states: 2000,
      },
    };
  }
  return { multi_match: { query: node.value, fields, type: 'best_fields', operator: 'and' } };
}

/** The query tree as an Elasticsearch query; `undefined` (an empty `q`) matches everything. */
export function compileQuery(node: QueryNode | undefined): Query {
  if (!node) return { match_all: {} };
  switch (node.kind) {
    case 'term':
    case 'phrase':
      return leaf(node);
    case 'not':
      return { bool: { must: [{ match_all: {} }], must_not: [compileQuery(node.item)] } };
    case 'or':
      return { bool: { should: node.items.map(compileQuery), minimum_should_match: 1 } };
    case 'and': {
      const must = node.items.filter((i) => i.kind !== 'not').map(compileQuery);
      const mustNot = node.items.flatMap((i) => (i.kind === 'not' ? [compileQuery(i.item)] : []));
      return { bool: { must: must.length > 0 ? must : [{ match_all: {} }], must_not: mustNot } };
    }
  }
}
