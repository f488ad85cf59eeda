import { describe, expect, it } from 'vitest';
import { detectLanguage, normalizeLanguageHint } from './language.detect.js';

describe('detectLanguage', () => {
  it.each([
    ['The ministers discussed bilateral trade and the situation in the region.', 'en'],
    ['Министры обсудили двустороннюю торговлю и ситуацию в регионе.', 'ru'],
    ['Los ministros analizaron el comercio bilateral y la situación en la región.', 'es'],
    ['Les ministres ont évoqué le commerce bilatéral et la situation dans la région.', 'fr'],
    ['两国外长讨论了双边贸易和地区局势。', 'zh'],
    ['ناقش الوزيران التجارة الثنائية والوضع في المنطقة.', 'ar'],
    ['Die Minister erörterten den bilateralen Handel und die Lage in der Region.', 'de'],
    ['Міністри обговорили двосторонню торгівлю та ситуацію в регіоні.', 'uk'],
  ])('%s → %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it("says 'und' when there is nothing to go on", () => {
    expect(detectLanguage('')).toBe('und');
    expect(detectLanguage('2017 — 42')).toBe('und');
  });
});

describe('normalizeLanguageHint', () => {
  it.each([
    ['en', 'en'],
    ['EN-gb', 'en'],
    ['pt_BR', 'pt'],
    [' ru ', 'ru'],
    ['english', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%s → %s', (hint, expected) => {
    expect(normalizeLanguageHint(hint)).toBe(expected);
  });
});
