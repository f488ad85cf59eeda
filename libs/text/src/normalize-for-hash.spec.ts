import { describe, expect, it } from 'vitest';
import { normalizeForHash, releaseHashText } from './normalize-for-hash.js';

describe('normalizeForHash', () => {
  it('makes composed and decomposed accents equal', () => {
    expect(normalizeForHash('Ministe\u0301rio')).toBe(normalizeForHash('Ministério'));
  });

  it('straightens curly quotes', () => {
    expect(normalizeForHash('Lavrov’s “statement” ‘here’')).toBe('lavrov\'s "statement" \'here\'');
  });

  it('collapses every kind of whitespace and trims', () => {
    expect(normalizeForHash('  New\u00a0Delhi\t\n\n  India\u3000 ')).toBe('new delhi india');
  });

  it('lowercases and folds compatibility forms (NFKC)', () => {
    expect(normalizeForHash('ＭＦＡ Statement ﬁnal')).toBe('mfa statement final');
  });

  it('ignores invisible characters', () => {
    expect(normalizeForHash('Tiller\u00adson\u200b')).toBe('tillerson');
  });

  it('is idempotent', () => {
    const once = normalizeForHash('“Déclaration”  du  Ministre');
    expect(normalizeForHash(once)).toBe(once);
  });
});

describe('releaseHashText', () => {
  it('is the same for two scrapes that differ only in typography and spacing', () => {
    const a = { title: 'Lavrov’s talks', paragraphs: ['First  paragraph.', 'Second “one”.'] };
    const b = { title: "LAVROV'S TALKS", paragraphs: ['First paragraph.', 'Second "one".'] };
    expect(releaseHashText(a)).toBe(releaseHashText(b));
  });

  it('changes when the text changes', () => {
    expect(releaseHashText({ title: 'A', paragraphs: ['x.'] })).not.toBe(releaseHashText({ title: 'A', paragraphs: ['y.'] }));
  });
});
