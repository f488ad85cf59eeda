import { describe, expect, it } from 'vitest';
import { compileQuery } from './compile-query.js';
import { QuerySyntaxError } from './query-language.js';
import { parseQuery } from './query-syntax.js';

const term = (value: string, field?: string) => ({ kind: 'term', value, wildcard: /[*?]/.test(value), field });

describe('parseQuery', () => {
  it('reads words as AND, quotes as phrases, | and OR as either, - and NOT as exclusion', () => {
    expect(parseQuery('nuclear "Korean peninsula" -sanctions')).toEqual({
      kind: 'and',
      items: [term('nuclear'), { kind: 'phrase', value: 'Korean peninsula', field: undefined }, { kind: 'not', item: term('sanctions') }],
    });
    expect(parseQuery('a | b OR c')).toEqual({ kind: 'or', items: [term('a'), term('b'), term('c')] });
    expect(parseQuery('a AND NOT b')).toEqual({ kind: 'and', items: [term('a'), { kind: 'not', item: term('b') }] });
  });

  it('groups with parentheses: AND binds tighter than OR unless grouped', () => {
    expect(parseQuery('a b | c')).toEqual({ kind: 'or', items: [{ kind: 'and', items: [term('a'), term('b')] }, term('c')] });
    expect(parseQuery('a (b | c)')).toEqual({ kind: 'and', items: [term('a'), { kind: 'or', items: [term('b'), term('c')] }] });
  });

  it('scopes a word or a phrase to a field', () => {
    expect(parseQuery('title:summit')).toEqual(term('summit', 'title'));
    expect(parseQuery('source:mid.ru country:fr')).toEqual({ kind: 'and', items: [term('mid.ru', 'source'), term('fr', 'country')] });
    expect(parseQuery('body:"joint statement"')).toEqual({ kind: 'phrase', value: 'joint statement', field: 'body' });
    expect(parseQuery('language:es')).toEqual(term('es', 'lang'));
    expect(parseQuery('title:(a | "b c")')).toEqual({
      kind: 'or',
      items: [term('a', 'title'), { kind: 'phrase', value: 'b c', field: 'title' }],
    });
  });

  it('keeps a hyphen inside a word and a colon after digits as text', () => {
    expect(parseQuery('Asia-Pacific 12:30')).toEqual({ kind: 'and', items: [term('Asia-Pacific'), term('12:30')] });
  });

  it('accepts wildcards after two letters, at most three per query', () => {
    expect(parseQuery('nucl*')).toEqual(term('nucl*'));
    expect(() => parseQuery('*clear')).toThrow(/at least 2 letters/);
    expect(() => parseQuery('n*')).toThrow(/at least 2 letters/);
    expect(() => parseQuery('ab* cd* ef* gh*')).toThrow(/at most 3 wildcard/);
  });

  it.each([
    ['"open phrase', /unterminated quote/],
    ['(a b', /missing closing parenthesis/],
    ['a b)', /unbalanced "\)"/],
    ['foo:bar', /unknown field "foo:"/],
    ['title:', /title: needs a value/],
    ['a OR', /query ends/],
    ['x'.repeat(501), /longer than 500/],
    ['((((((((((a))))))))))', /nested deeper/],
  ])('rejects %j with a clear message', (q, message) => {
    expect(() => parseQuery(q)).toThrow(QuerySyntaxError);
    expect(() => parseQuery(q)).toThrow(message);
  });

  it('gives undefined for an empty query', () => {
    expect(parseQuery('   ')).toBeUndefined();
  });
});

describe('compileQuery', () => {
  it('never passes user text as query DSL: JSON in q is only a value', () => {
    const compiled = JSON.stringify(compileQuery(parseQuery('{"script":{"source":"x"}}')));
    expect(compiled).not.toMatch(/"script":\{/);
    expect(compiled).toContain('multi_match');
  });

  it('matches plain words over the original and every translation', () => {
    expect(compileQuery(parseQuery('nuclear'))).toEqual({
      multi_match: { query: 'nuclear', fields: ['title^3', 'body', 'content.*.title^3', 'content.*.body'], type: 'best_fields', operator: 'and' },
    });
  });

  it('turns exclusions into must_not and exact scopes into terms', () => {
    expect(compileQuery(parseQuery('country:fr -source:mid.ru'))).toEqual({
      bool: {
        must: [{ term: { countries: { value: 'FR', case_insensitive: true } } }],
        must_not: [{ term: { 'source.id': { value: 'mid.ru', case_insensitive: true } } }],
      },
    });
  });

  it('escapes everything but the wildcards in a wildcard term', () => {
    expect(compileQuery(parseQuery('un.sec*'))).toMatchObject({ query_string: { query: 'un\\.sec*', allow_leading_wildcard: false } });
  });

  it('matches everything for an empty query and for a lone exclusion', () => {
    expect(compileQuery(undefined)).toEqual({ match_all: {} });
    expect(compileQuery(parseQuery('-x'))).toMatchObject({ bool: { must: [{ match_all: {} }] } });
  });
});
