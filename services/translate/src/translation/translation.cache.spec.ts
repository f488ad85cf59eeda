import { Logger } from '@nestjs/common';
import { beforeAll, describe, expect, it } from 'vitest';
import { BackendUnavailableError } from '../backends/apertium.backend.js';
import { pairKey } from '../backends/translation-backend.js';
import { TargetLanguages } from '../routing/target-languages.js';
import { TranslationService } from './translation.service.js';
import { fakeBackend, memoryCache, release } from './translation.stub.js';

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
