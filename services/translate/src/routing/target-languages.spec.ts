import { describe, expect, it } from 'vitest';
import { SOURCE_TARGETS_PATTERN, TargetLanguages } from './target-languages.js';

const release = (language: string, source: string) => ({ language, source: { id: source } });

describe('TargetLanguages', () => {
  const targets = new TargetLanguages('en', 'exteriores.gob.es:fr;mid.ru:en,es,de');

  it('gives every release the deployment targets, minus its own language', () => {
    expect(targets.for(release('es', 'push'))).toEqual(['en']);
    expect(targets.for(release('en', 'push'))).toEqual([]);
  });

  it('adds the extra targets of the source, without duplicates', () => {
    expect(targets.for(release('es', 'exteriores.gob.es'))).toEqual(['en', 'fr']);
    expect(targets.for(release('ru', 'mid.ru'))).toEqual(['en', 'es', 'de']);
  });

  it('applies a source entry to its subdomains, not to look-alike names', () => {
    expect(targets.for(release('en', 'embassy-india.mid.ru'))).toEqual(['es', 'de']);
    expect(targets.for(release('en', 'notmid.ru'))).toEqual([]);
  });

  it('accepts well-formed specs only', () => {
    for (const good of ['', 'mid.ru:en', 'mid.ru:en,es;exteriores.gob.es:en']) expect(SOURCE_TARGETS_PATTERN.test(good), good).toBe(true);
    for (const bad of ['mid.ru', 'mid.ru:eng', 'mid.ru:en;', ':en', 'Mid.ru:en']) expect(SOURCE_TARGETS_PATTERN.test(bad), bad).toBe(false);
  });
});
