import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from './knowledge-base.js';

describe('knowledge base', () => {
  it('is what the build script makes from the curated sources', () => {
    const script = fileURLToPath(new URL('../scripts/build-kb.mjs', import.meta.url));
    expect(execFileSync(process.execPath, [script, '--check'], { encoding: 'utf8' })).toContain('up to date');
  });

  it('covers every country with names in the six UN languages', () => {
    const kb = loadKnowledgeBase();
    expect([...kb.entities.values()].filter((e) => e.type === 'country').length).toBeGreaterThanOrEqual(249);
    const russia = kb.country('RU')!;
    expect(russia.id).toBe('Q159');
    for (const name of ['Russia', 'Russie', 'Rusia', 'Россия', '俄罗斯', 'روسيا']) expect(russia.aliases).toContain(name);
  });

  it('knows who held an office on a date', () => {
    const kb = loadKnowledgeBase();
    expect(kb.holder('foreign-minister', 'US', '2017-09-05')?.person.name).toBe('Rex Tillerson');
    expect(kb.holder('foreign-minister', 'US', '2016-09-05')?.person.name).toBe('John Kerry');
    expect(kb.holder('head-of-government', 'GB', '2020-01-01')?.person.name).toBe('Boris Johnson');
    expect(kb.holder('head-of-state', 'FR', '2016-01-01')?.person.name).toBe('François Hollande');
  });
});
