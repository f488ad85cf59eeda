export { ALL_TEXT_FIELDS, compileQuery } from './compile-query.js';
export { explainHighlight, HIGHLIGHT_FIELDS, queryHighlight, type Explanation, type FieldFragments } from './highlight.js';
export { EXACT_SCOPES, QUERY_LIMITS, QuerySyntaxError, TEXT_SCOPES, type QueryField, type QueryNode } from './query-language.js';
export { parseQuery } from './query-syntax.js';
