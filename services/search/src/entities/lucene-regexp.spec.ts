import { describe, expect, it } from 'vitest';
import { regexpLiteral, regexpLiteralIgnoreCase } from './lucene-regexp.js';

describe('Lucene regexp literals', () => {
  it('escapes every operator so user text is only ever literal', () => {
    expect(regexpLiteral('a.b*c|d(e)')).toBe('a\\.b\\*c\\|d\\(e\\)');
    expect(regexpLiteral('Q7747')).toBe('Q7747');
  });

  it('matches both cases letter by letter', () => {
    expect(regexpLiteralIgnoreCase('Pu é1')).toBe('[pP][uU]\\ [éÉ]1');
  });
});
