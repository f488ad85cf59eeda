import { describe, expect, it } from 'vitest';
import { toIso1, toIso3 } from './language-codes.js';

describe('toIso1 / toIso3', () => {
  it.each([
    ['spa', 'es'],
    ['eng', 'en'],
    ['fra', 'fr'],
    ['rus', 'ru'],
    ['nob', 'nb'],
    ['zho', 'zh'],
  ])('maps Apertium %s to %s and back', (iso3, iso1) => {
    expect(toIso1(iso3)).toBe(iso1);
    expect(toIso3(iso1)).toBe(iso3);
  });

  it('ignores an Apertium variant suffix', () => {
    expect(toIso1('por_BR')).toBe('pt');
    expect(toIso1('cat_valencia')).toBe('ca');
  });

  it('is undefined for an unknown code', () => {
    expect(toIso1('xyz')).toBeUndefined();
    expect(toIso3('xx')).toBeUndefined();
    expect(toIso3('und')).toBeUndefined();
  });
});
