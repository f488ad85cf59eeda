import { describe, expect, it } from 'vitest';
import { parseRoutes, routeFor, ROUTES_PATTERN } from './translation-routes.js';

const backends = [{ name: 'apertium' }, { name: 'libretranslate' }, { name: 'deepl' }];
const names = (list: { name: string }[]) => list.map((b) => b.name);

describe('TRANSLATION_ROUTES', () => {
  const rules = parseRoutes('es>en=deepl,apertium; *>es=libretranslate ;*>*=apertium');

  it('orders the backends of the first rule matching the pair', () => {
    expect(names(routeFor(rules, 'es', 'en', backends))).toEqual(['deepl', 'apertium']);
    expect(names(routeFor(rules, 'en', 'es', backends))).toEqual(['libretranslate']);
    expect(names(routeFor(rules, 'fr', 'en', backends))).toEqual(['apertium']);
  });

  it('offers every backend, in the configured order, when no rule matches', () => {
    expect(names(routeFor(parseRoutes('es>en=deepl'), 'fr', 'de', backends))).toEqual(['apertium', 'libretranslate', 'deepl']);
    expect(names(routeFor([], 'fr', 'de', backends))).toEqual(['apertium', 'libretranslate', 'deepl']);
  });

  it('skips a backend a rule names but that is not configured', () => {
    expect(names(routeFor(parseRoutes('es>en=openai,apertium'), 'es', 'en', backends))).toEqual(['apertium']);
  });

  it('accepts well-formed specs only', () => {
    for (const good of ['', 'es>en=deepl', 'es>en=deepl,apertium;*>*=apertium']) expect(ROUTES_PATTERN.test(good), good).toBe(true);
    for (const bad of ['es-en=deepl', 'es>en=', 'es>en=deepl;', 'spa>en=deepl', 'es>en deepl']) expect(ROUTES_PATTERN.test(bad), bad).toBe(false);
  });
});
