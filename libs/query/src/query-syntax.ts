/**
 * The analyst query syntax, parsed into a small tree. Users never send query DSL: the
 * tree is compiled by `compileQuery` into queries we choose, with values as plain data.
 *
 *   words           all must match (`AND` may be written)
 *   "a phrase"      the words in this order
 *   a OR b, a | b   either
 *   -word, NOT word excluded
 *   ( … )           grouping
 *   nucl*, n?clear  wildcards: at least 2 letters before the first one, at most 3 per query
 *   field:value     title: body: (text); source: country: lang: entity: topic: type: (exact);
 *   field:( … )     the scope for a whole group
 */
import { QUERY_LIMITS, QuerySyntaxError, type QueryField, type QueryNode } from './query-language.js';
import { tokenize, type Token } from './query-tokens.js';

/** `title:(a | "b c")`: the scope applies to every unscoped term of the group. */
function withField(node: QueryNode, field: QueryField): QueryNode {
  switch (node.kind) {
    case 'term':
    case 'phrase':
      return node.field ? node : { ...node, field };
    case 'not':
      return { kind: 'not', item: withField(node.item, field) };
    default:
      return { kind: node.kind, items: node.items.map((i) => withField(i, field)) };
  }
}

/** Parses `q`; throws QuerySyntaxError with a message fit for a 400. Empty input gives undefined. */
export function parseQuery(input: string): QueryNode | undefined {
  if (input.length > QUERY_LIMITS.maxLength) {
    throw new QuerySyntaxError(`query is longer than ${QUERY_LIMITS.maxLength} characters`);
  }
  const tokens = tokenize(input);
  if (tokens.length === 0) return undefined;
  let at = 0;
  let terms = 0;
  let wildcards = 0;
  const peek = () => tokens[at];

  const leaf = (field: QueryField | undefined, token: Token): QueryNode => {
    if (++terms > QUERY_LIMITS.maxTerms) throw new QuerySyntaxError(`more than ${QUERY_LIMITS.maxTerms} terms`);
    if (token.type === 'phrase') {
      if (!token.value.trim()) throw new QuerySyntaxError('empty phrase', token.pos);
      return { kind: 'phrase', field, value: token.value.trim() };
    }
    if (token.type !== 'word') throw new QuerySyntaxError(field ? `${field}: needs a value` : 'expected a word', token.pos);
    const value = token.value;
    const firstWildcard = value.search(/[*?]/u);
    if (firstWildcard < 0) return { kind: 'term', field, value, wildcard: false };
    if (++wildcards > QUERY_LIMITS.maxWildcards) {
      throw new QuerySyntaxError(`at most ${QUERY_LIMITS.maxWildcards} wildcard terms per query`, token.pos);
    }
    if (firstWildcard < QUERY_LIMITS.minWildcardPrefix) {
      throw new QuerySyntaxError(
        `a wildcard needs at least ${QUERY_LIMITS.minWildcardPrefix} letters before it ("${value}")`,
        token.pos,
      );
    }
    if (!/^[\p{L}\p{N}_.-]+[\p{L}\p{N}_.*?-]*$/u.test(value)) {
      throw new QuerySyntaxError(`wildcard terms may hold only letters, digits, * and ? ("${value}")`, token.pos);
    }
    return { kind: 'term', field, value, wildcard: true };
  };

  const primary = (depth: number): QueryNode => {
    if (depth > QUERY_LIMITS.maxDepth) throw new QuerySyntaxError(`groups nested deeper than ${QUERY_LIMITS.maxDepth}`);
    const token = peek();
    if (!token) throw new QuerySyntaxError('query ends where a term was expected', input.length);
    at++;
    if (token.type === '(') {
      const inner = or(depth + 1);
      if (peek()?.type !== ')') throw new QuerySyntaxError('missing closing parenthesis', token.pos);
      at++;
      return inner;
    }
    if (token.type === 'field') {
      const value = peek();
      if (value?.type === '(') return withField(primary(depth + 1), token.value);
      if (!value || (value.type !== 'word' && value.type !== 'phrase')) {
        throw new QuerySyntaxError(`${token.value}: needs a value`, token.pos);
      }
      at++;
      return leaf(token.value, value);
    }
    if (token.type === 'word' || token.type === 'phrase') return leaf(undefined, token);
    throw new QuerySyntaxError(`unexpected ${token.type === ')' ? '")"' : token.type.toUpperCase()}`, token.pos);
  };

  const unary = (depth: number): QueryNode => {
    if (peek()?.type === 'not') {
      at++;
      return { kind: 'not', item: unary(depth + 1) };
    }
    return primary(depth);
  };

  const and = (depth: number): QueryNode => {
    const items = [unary(depth)];
    for (;;) {
      const next = peek();
      if (!next || next.type === 'or' || next.type === ')') break;
      if (next.type === 'and') at++;
      items.push(unary(depth));
    }
    return items.length === 1 ? items[0] : { kind: 'and', items };
  };

  function or(depth: number): QueryNode {
    const items = [and(depth)];
    while (peek()?.type === 'or') {
      at++;
      items.push(and(depth));
    }
    return items.length === 1 ? items[0] : { kind: 'or', items };
  }

  const tree = or(0);
  const rest = peek();
  if (rest) throw new QuerySyntaxError(rest.type === ')' ? 'unbalanced ")"' : 'unexpected token', rest.pos);
  return tree;
}
