// The query syntax's words, phrases, field prefixes, parentheses and operators, with their positions.
import { EXACT_SCOPES, QuerySyntaxError, TEXT_SCOPES, type QueryField } from './query-language.js';

const FIELD_ALIASES: Record<string, QueryField> = {
  title: 'title',
  body: 'body',
  source: 'source',
  country: 'country',
  lang: 'lang',
  language: 'lang',
  entity: 'entity',
  topic: 'topic',
  type: 'type',
  event: 'type',
};

export type Token =
  | { type: 'word'; value: string; pos: number }
  | { type: 'phrase'; value: string; pos: number }
  | { type: 'field'; value: QueryField; pos: number }
  | { type: '(' | ')' | 'or' | 'and' | 'not'; pos: number };

const WORD_CHAR = /[^\s()"|]/u;

export function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i];
    if (/\s/u.test(c)) {
      i++;
    } else if (c === '(' || c === ')') {
      tokens.push({ type: c, pos: i++ });
    } else if (c === '|') {
      tokens.push({ type: 'or', pos: i++ });
    } else if (c === '"') {
      const end = input.indexOf('"', i + 1);
      if (end < 0) throw new QuerySyntaxError('unterminated quote', i);
      tokens.push({ type: 'phrase', value: input.slice(i + 1, end), pos: i });
      i = end + 1;
    } else if (c === '-' && i + 1 < input.length && /[^\s-]/u.test(input[i + 1])) {
      tokens.push({ type: 'not', pos: i++ });
    } else {
      const start = i;
      while (i < input.length && WORD_CHAR.test(input[i])) i++;
      const word = input.slice(start, i);
      const scope = /^([a-z]+):(.*)$/u.exec(word);
      if (scope) {
        const field = FIELD_ALIASES[scope[1]];
        if (!field) {
          throw new QuerySyntaxError(
            `unknown field "${scope[1]}:" (known: ${[...TEXT_SCOPES, ...EXACT_SCOPES].join(', ')})`,
            start,
          );
        }
        tokens.push({ type: 'field', value: field, pos: start });
        // The value is the rest of the word, or the next token (`title:"a phrase"`).
        if (scope[2]) tokens.push({ type: 'word', value: scope[2], pos: start + scope[1].length + 1 });
      } else if (word === 'OR') tokens.push({ type: 'or', pos: start });
      else if (word === 'AND') tokens.push({ type: 'and', pos: start });
      else if (word === 'NOT') tokens.push({ type: 'not', pos: start });
      else tokens.push({ type: 'word', value: word, pos: start });
    }
  }
  return tokens;
}
