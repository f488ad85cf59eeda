import type { Explanation } from '@demarche/query';
import type { MatchReason } from '../items/feed-item.entity.js';

/** A query match as a reason: the matched words and where (field, language) they were found. */
export function queryReason(query: string, explanation: Explanation, label = 'query'): MatchReason {
  const where = explanation.fields.map((f) => `${f.field} (${f.language})`);
  const evidence = explanation.terms.length
    ? `${label} matched ${explanation.terms.map((t) => `"${t}"`).join(', ')} in ${where.join(', ')}`
    : `${label} matched the release's metadata`;
  return { rule: 'query', value: query, evidence, terms: explanation.terms, fragments: explanation.fields };
}
