import { describe, expect, it } from 'vitest';
import { LANGUAGE_ANALYZERS, releasesIndexTemplate, releasesMappings } from '@demarche/elastic';

type Template = { path_match: string; mapping: { type: string; analyzer: string } };

/** The dynamic templates of a mapping, by name, in order. */
function templates(withLanguageAnalyzers: boolean): [string, Template][] {
  const list = releasesMappings(withLanguageAnalyzers).dynamic_templates as Record<string, Template>[];
  return list.map((entry) => Object.entries(entry)[0]);
}

const analyzerFor = (withLanguageAnalyzers: boolean, lang: string) =>
  Object.fromEntries(templates(withLanguageAnalyzers))[`content_${lang}`]?.mapping.analyzer;

describe('releasesMappings', () => {
  it('maps content.<lang>.* with that language analyzer when the cluster has them', () => {
    expect(analyzerFor(true, 'en')).toBe('english');
    expect(analyzerFor(true, 'es')).toBe('spanish');
    expect(analyzerFor(true, 'ru')).toBe('russian');
    expect(analyzerFor(true, 'zh')).toBe('cjk');
  });

  it('falls back to standard for every language without language analyzers', () => {
    const analyzers = new Set(templates(false).map(([, t]) => t.mapping.analyzer));
    expect(analyzers).toEqual(new Set(['standard']));
    expect(new Set(templates(true).map(([, t]) => t.mapping.analyzer)).size).toBeGreaterThan(1);
  });

  it('has one template per known language, each matching only that language', () => {
    const perLanguage = templates(true).filter(([name]) => name !== 'content_other');
    expect(perLanguage).toHaveLength(Object.keys(LANGUAGE_ANALYZERS).length);
    for (const [name, t] of perLanguage) {
      expect(t.path_match).toBe(`content.${name.slice('content_'.length)}.*`);
      expect(t.mapping.type).toBe('text');
    }
  });

  it('ends with a standard catch-all for other languages (first match wins, so it must be last)', () => {
    expect(templates(true).at(-1)).toEqual(['content_other', { path_match: 'content.*.*', mapping: { type: 'text', analyzer: 'standard' } }]);
  });

  it('is strict outside content', () => {
    const mappings = releasesMappings(true);
    expect(mappings.dynamic).toBe('strict');
    expect(mappings.properties?.content).toEqual({ type: 'object', dynamic: true });
  });
});

describe('releasesIndexTemplate', () => {
  it('applies to the versioned indices behind the alias and records the analyzer choice', () => {
    const template = releasesIndexTemplate('releases', false);
    expect(template.name).toBe('releases-template');
    expect(template.index_patterns).toEqual(['releases-v*']);
    expect(template._meta.languageAnalyzers).toBe(false);
    expect(template.template.mappings).toEqual(releasesMappings(false));
  });
});
