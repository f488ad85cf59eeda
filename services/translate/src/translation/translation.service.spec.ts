import { Logger } from '@nestjs/common';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ReleaseTranslatedV1, validateContract, type ReleaseIngestedV1 } from '@demarche/contracts';
import { BackendUnavailableError } from '../backends/apertium.backend.js';
import { pairKey, type TranslationBackend } from '../backends/translation-backend.js';
import { normalise, type CacheScope } from '../cache/translation-cache.js';
import { TargetLanguages } from '../routing/target-languages.js';
import { parseRoutes } from '../routing/translation-routes.js';
import { TranslationService } from './translation.service.js';

/** A backend serving `pairs` (undefined: unreachable) that upper-cases text and tags it with the target. */
function fakeBackend(name: string, pairs: string[] | undefined, fail?: Error) {
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

const service = (targets: string, ...backends: TranslationBackend[]) => new TranslationService(backends, new TargetLanguages(targets, ''));

const release = (language: string): ReleaseIngestedV1 => ({
  id: 'rel_3f2a9c0d1b7e4a5f6c8d9e0f',
  revision: 1764324672345,
  source: { id: 'exteriores.gob.es' },
  title: 'El ministro recibe a su homólogo',
  paragraphs: ['Primer párrafo.', 'Segundo párrafo.'],
  language,
  ingestedAt: '2025-11-28T10:11:12.345Z',
  contentHash: 'a'.repeat(64),
});

describe('TranslationService.translate', () => {
  beforeAll(() => Logger.overrideLogger(false));

  it('does not translate a release already in the only target language', async () => {
    const backend = fakeBackend('apertium', [pairKey('es', 'en')]);
    const out = await service('en', backend).translate(release('en'));
    expect(out.translation).toEqual({ status: 'not-needed', pending: [], unsupported: [] });
    expect(out.translations).toEqual([]);
    expect(backend.translate).not.toHaveBeenCalled();
  });

  it('translates title and paragraphs through a reachable backend serving the pair', async () => {
    const backend = fakeBackend('apertium', [pairKey('es', 'en')]);
    const out = await service('en', backend).translate(release('es'));

    expect(backend.translate).toHaveBeenCalledWith(
      ['El ministro recibe a su homólogo', 'Primer párrafo.', 'Segundo párrafo.'],
      'es',
      'en',
    );
    expect(out.translations).toEqual([
      {
        language: 'en',
        title: '[en] EL MINISTRO RECIBE A SU HOMÓLOGO',
        paragraphs: ['[en] PRIMER PÁRRAFO.', '[en] SEGUNDO PÁRRAFO.'],
        machine: true,
        backend: 'apertium',
      },
    ]);
    expect(out.translation).toEqual({ status: 'done', pending: [], unsupported: [] });
  });

  it('produces a valid releases.translated.v1 event that keeps the release fields', async () => {
    const out = await service('en', fakeBackend('apertium', [pairKey('es', 'en')])).translate(release('es'));
    expect(out).toMatchObject(release('es'));
    expect(() => validateContract(ReleaseTranslatedV1, JSON.parse(JSON.stringify(out)))).not.toThrow();
  });

  it('never targets the release language itself', async () => {
    const backend = fakeBackend('apertium', [pairKey('es', 'en'), pairKey('es', 'es')]);
    const out = await service('en,es', backend).translate(release('es'));
    expect(out.translations.map((t) => t.language)).toEqual(['en']);
    expect(backend.translate).toHaveBeenCalledTimes(1);
  });

  it('leaves the target pending when the backend is unreachable', async () => {
    const out = await service('en', fakeBackend('apertium', undefined)).translate(release('es'));
    expect(out.translations).toEqual([]);
    expect(out.translation).toEqual({ status: 'pending', pending: ['en'], unsupported: [] });
  });

  it('marks the target unsupported when the reachable backend does not serve the pair', async () => {
    const backend = fakeBackend('apertium', [pairKey('fr', 'en')]);
    const out = await service('en', backend).translate(release('es'));
    expect(out.translation).toEqual({ status: 'unsupported', pending: [], unsupported: ['en'] });
    expect(backend.translate).not.toHaveBeenCalled();
  });

  it('leaves the target pending when the backend fails with BackendUnavailableError', async () => {
    const backend = fakeBackend('apertium', [pairKey('es', 'en')], new BackendUnavailableError('apertium answered 503'));
    const out = await service('en', backend).translate(release('es'));
    expect(backend.translate).toHaveBeenCalledTimes(1);
    expect(out.translation).toEqual({ status: 'pending', pending: ['en'], unsupported: [] });
  });

  it('marks every target unsupported for an undetermined language (und)', async () => {
    const backend = fakeBackend('apertium', [pairKey('und', 'en'), pairKey('und', 'fr')]);
    const out = await service('en,fr', backend).translate(release('und'));
    expect(out.translation).toEqual({ status: 'unsupported', pending: [], unsupported: ['en', 'fr'] });
    expect(backend.translate).not.toHaveBeenCalled();
  });

  it('is partial when one target is done and another waits for its backend', async () => {
    const working = fakeBackend('apertium', [pairKey('es', 'en')]);
    const failing = fakeBackend('other', [pairKey('es', 'fr')], new BackendUnavailableError('timeout'));
    const out = await service('en,fr', working, failing).translate(release('es'));
    expect(out.translations.map((t) => t.language)).toEqual(['en']);
    expect(out.translation).toEqual({ status: 'partial', pending: ['fr'], unsupported: [] });
  });

  it('keeps a target pending, not unsupported, while another backend that might serve it is unreachable', async () => {
    const out = await service('en', fakeBackend('a', [pairKey('fr', 'en')]), fakeBackend('b', undefined)).translate(release('es'));
    expect(out.translation).toEqual({ status: 'pending', pending: ['en'], unsupported: [] });
  });

  it('falls over to the next backend serving the pair', async () => {
    const first = fakeBackend('first', [pairKey('es', 'en')], new BackendUnavailableError('503'));
    const second = fakeBackend('second', [pairKey('es', 'en')]);
    const out = await service('en', first, second).translate(release('es'));
    expect(first.translate).toHaveBeenCalledTimes(1);
    expect(out.translations[0].backend).toBe('second');
    expect(out.translation.status).toBe('done');
  });

  it('lets an unexpected backend error propagate, so the message is retried', async () => {
    const bug = new TypeError('paragraphs.map is not a function');
    await expect(service('en', fakeBackend('apertium', [pairKey('es', 'en')], bug)).translate(release('es'))).rejects.toBe(bug);
  });
});

/** The cache contract, in memory (the real one runs on SQLite in cache/translation-cache.spec.ts). */
function memoryCache() {
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

describe('TranslationService with a cache', () => {
  beforeAll(() => Logger.overrideLogger(false));

  it('translates a replayed release from the cache, without calling the backend', async () => {
    const backend = fakeBackend('apertium', [pairKey('es', 'en')]);
    const translator = new TranslationService([backend], new TargetLanguages('en', ''), memoryCache());
    const first = await translator.translate(release('es'));
    const again = await translator.translate(release('es'));
    expect(backend.translate).toHaveBeenCalledTimes(1);
    expect(again.translations).toEqual(first.translations);
  });

  it('serves a cached release even while its backend is down', async () => {
    const cache = memoryCache();
    const up = fakeBackend('apertium', [pairKey('es', 'en')]);
    await new TranslationService([up], new TargetLanguages('en', ''), cache).translate(release('es'));
    const down = fakeBackend('apertium', [pairKey('es', 'en')], new BackendUnavailableError('down'));
    const out = await new TranslationService([down], new TargetLanguages('en', ''), cache).translate(release('es'));
    expect(out.translation.status).toBe('done');
    expect(down.translate).not.toHaveBeenCalled();
  });

  it('asks only for paragraphs not cached, each distinct text once, and keeps the order', async () => {
    const backend = fakeBackend('apertium', [pairKey('es', 'en')]);
    const translator = new TranslationService([backend], new TargetLanguages('en', ''), memoryCache());
    await translator.translate(release('es'));
    const edited = { ...release('es'), paragraphs: ['Primer  párrafo.', 'Nuevo párrafo.', 'Nuevo párrafo.', ''] };
    const out = await translator.translate(edited);
    expect(backend.translate).toHaveBeenLastCalledWith(['Nuevo párrafo.'], 'es', 'en');
    expect(out.translations[0].paragraphs).toEqual(['[en] PRIMER PÁRRAFO.', '[en] NUEVO PÁRRAFO.', '[en] NUEVO PÁRRAFO.', '']);
  });

  it('keeps cache entries apart per backend version', async () => {
    const cache = memoryCache();
    const v1 = fakeBackend('openai', [pairKey('es', 'en')]);
    await new TranslationService([v1], new TargetLanguages('en', ''), cache).translate(release('es'));
    const v2 = Object.assign(fakeBackend('openai', [pairKey('es', 'en')]), { version: 'other-model' });
    await new TranslationService([v2], new TargetLanguages('en', ''), cache).translate(release('es'));
    expect(v2.translate).toHaveBeenCalledTimes(1);
  });
});

describe('TranslationService routing and targets', () => {
  beforeAll(() => Logger.overrideLogger(false));

  it('follows the route for the pair and records backend and model', async () => {
    const apertium = fakeBackend('apertium', [pairKey('es', 'en')]);
    const llm = Object.assign(fakeBackend('openai', [pairKey('es', 'en')]), { modelFor: () => 'qwen2.5' });
    const out = await new TranslationService([apertium, llm], new TargetLanguages('en', ''), undefined, parseRoutes('es>en=openai,apertium')).translate(
      release('es'),
    );
    expect(apertium.translate).not.toHaveBeenCalled();
    expect(out.translations[0]).toMatchObject({ backend: 'openai', model: 'qwen2.5', machine: true });
  });

  it('calls a pair unsupported when its route names no backend serving it', async () => {
    const apertium = fakeBackend('apertium', [pairKey('es', 'en')]);
    const out = await new TranslationService([apertium], new TargetLanguages('en', ''), undefined, parseRoutes('es>en=deepl')).translate(release('es'));
    expect(out.translation).toEqual({ status: 'unsupported', pending: [], unsupported: ['en'] });
  });

  it('adds the extra targets of the release source', async () => {
    const backend = fakeBackend('apertium', [pairKey('es', 'en'), pairKey('es', 'fr')]);
    const out = await new TranslationService([backend], new TargetLanguages('en', 'gob.es:fr')).translate(release('es'));
    expect(out.translations.map((t) => t.language)).toEqual(['en', 'fr']);
  });
});

describe('TranslationService with a long release', () => {
  beforeAll(() => Logger.overrideLogger(false));

  it('caches each batch as it completes, so a release cut short resumes where it stopped', async () => {
    const cache = memoryCache();
    const long = { ...release('es'), paragraphs: Array.from({ length: 20 }, (_, i) => `Párrafo ${i}.`) };
    let calls = 0;
    const flaky = fakeBackend('apertium', [pairKey('es', 'en')]);
    flaky.translate.mockImplementation(async (paragraphs: string[], _from: string, to: string) => {
      if (++calls === 2) throw new BackendUnavailableError('timeout');
      return paragraphs.map((p) => `[${to}] ${p.toUpperCase()}`);
    });
    const translator = new TranslationService([flaky], new TargetLanguages('en', ''), cache);
    expect((await translator.translate(long)).translation.status).toBe('pending');
    expect(cache.entries.size).toBe(8);

    const out = await translator.translate(long);
    expect(out.translation.status).toBe('done');
    expect(flaky.translate.mock.calls.slice(2).flatMap(([texts]) => texts)).toHaveLength(21 - 8);
    expect(out.translations[0].paragraphs[19]).toBe('[en] PÁRRAFO 19.');
  });
});
