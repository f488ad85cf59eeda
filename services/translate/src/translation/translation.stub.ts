import { vi } from 'vitest';
import type { ReleaseIngestedV1 } from '@demarche/contracts';
import type { TranslationBackend } from '../backends/translation-backend.js';
import { normalise, type CacheScope } from '../cache/translation-cache.js';
import { TargetLanguages } from '../routing/target-languages.js';
import { TranslationService } from './translation.service.js';

/** A backend serving `pairs` (undefined: unreachable) that upper-cases text and tags it with the target. */
export function fakeBackend(name: string, pairs: string[] | undefined, fail?: Error) {
  const translate = vi.fn(async (paragraphs: string[], _from: string, to: string) => {
    if (fail) throw fail;
    return paragraphs.map((p) => `[${to}] ${p.toUpperCase()}`);
  });
  const backend: TranslationBackend = {
    name,
    version: 'test',
    pairs: async () => (pairs ? new Set(pairs) : undefined),
    translate,
  };
  return Object.assign(backend, { translate });
}

export const service = (targets: string, ...backends: TranslationBackend[]) => new TranslationService(backends, new TargetLanguages(targets, ''));

export const release = (language: string): ReleaseIngestedV1 => ({
  id: 'rel_3f2a9c0d1b7e4a5f6c8d9e0f',
  revision: 1764324672345,
  source: { id: 'exteriores.gob.es' },
  title: 'El ministro recibe a su homólogo',
  paragraphs: ['Primer párrafo.', 'Segundo párrafo.'],
  language,
  ingestedAt: '2025-11-28T10:11:12.345Z',
  contentHash: 'a'.repeat(64),
});

/** The cache contract, in memory (the real one runs on SQLite in cache/translation-cache.spec.ts). */
export function memoryCache() {
  const entries = new Map<string, string>();
  const key = (text: string, s: CacheScope) => [normalise(text), s.from, s.to, s.backend, s.version].join('|');
  return {
    entries,
    lookup: vi.fn(async (texts: string[], scope: CacheScope) => {
      const found = new Map<string, string>();
      for (const text of texts) if (entries.has(key(text, scope))) found.set(normalise(text), entries.get(key(text, scope))!);
      return found;
    }),
    store: vi.fn(async (pairs: { text: string; translated: string }[], scope: CacheScope) => {
      for (const { text, translated } of pairs) entries.set(key(text, scope), translated);
    }),
  };
}
