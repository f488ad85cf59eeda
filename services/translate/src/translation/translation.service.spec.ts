import { Logger } from '@nestjs/common';
import { beforeAll, describe, expect, it } from 'vitest';
import { ReleaseTranslatedV1, validateContract } from '@demarche/contracts';
import { BackendUnavailableError } from '../backends/apertium.backend.js';
import { pairKey } from '../backends/translation-backend.js';
import { TargetLanguages } from '../routing/target-languages.js';
import { parseRoutes } from '../routing/translation-routes.js';
import { TranslationService } from './translation.service.js';
import { fakeBackend, release, service } from './translation.stub.js';

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
