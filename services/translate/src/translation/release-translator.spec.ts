import { Logger } from '@nestjs/common';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { ReleaseIngestedV1, ReleaseTranslatedV1 } from '@demarche/contracts';
import type { EventPublisher } from '@demarche/kafka';
import type { PendingTranslations } from '../pending/pending-translations.js';
import { ReleaseTranslator } from './release-translator.js';
import type { TranslationService } from './translation.service.js';

const release: ReleaseIngestedV1 = {
  id: 'rel_0123456789abcdef01234567',
  revision: 42,
  source: { id: 'mfa.example.org' },
  title: 'T',
  paragraphs: ['P.'],
  language: 'en',
  ingestedAt: '2026-11-28T10:00:00.000Z',
  contentHash: 'c'.repeat(64),
};

const outcome = (pending: string[]): ReleaseTranslatedV1 => ({
  ...release,
  translations: pending.length ? [] : [{ language: 'es', title: 'T', paragraphs: ['P.'], machine: true, backend: 'apertium' }],
  translation: { status: pending.length ? 'pending' : 'done', pending, unsupported: [] },
});

function harness(results: ReleaseTranslatedV1[]) {
  const calls: string[] = [];
  const translation = { translate: vi.fn(async () => results.shift()!) } as unknown as TranslationService;
  const pending = {
    hold: vi.fn(async () => void calls.push('hold')),
    settle: vi.fn(async () => void calls.push('settle')),
  } as unknown as PendingTranslations & { hold: ReturnType<typeof vi.fn>; settle: ReturnType<typeof vi.fn> };
  const publisher = { publish: vi.fn(async () => void calls.push('publish')) } as unknown as EventPublisher & { publish: ReturnType<typeof vi.fn> };
  return { translator: new ReleaseTranslator(translation, pending, publisher), pending, publisher, calls };
}

describe('ReleaseTranslator', () => {
  beforeAll(() => Logger.overrideLogger(false));

  it('holds a release with pending targets before publishing it', async () => {
    const h = harness([outcome(['es'])]);
    await h.translator.translateAndPublish(release, 'tp');
    expect(h.calls).toEqual(['hold', 'publish']);
    expect(h.pending.hold).toHaveBeenCalledWith(release, ['es'], 'tp', 0);
  });

  it('settles a fully translated release', async () => {
    const h = harness([outcome([])]);
    await h.translator.translateAndPublish(release);
    expect(h.calls).toEqual(['settle', 'publish']);
  });

  it('on retry, republishes the same id and revision once the translation is done', async () => {
    const h = harness([outcome([])]);
    await h.translator.retry(release, ['es'], 'tp', 2);
    expect(h.calls).toEqual(['settle', 'publish']);
    const [, event] = h.publisher.publish.mock.calls[0] as [unknown, ReleaseTranslatedV1];
    expect(event).toMatchObject({ id: release.id, revision: release.revision, translation: { status: 'done' } });
  });

  it('on retry, publishes nothing while the same targets are still pending, and backs off', async () => {
    const h = harness([outcome(['es'])]);
    await h.translator.retry(release, ['es'], undefined, 3);
    expect(h.publisher.publish).not.toHaveBeenCalled();
    expect(h.pending.hold).toHaveBeenCalledWith(release, ['es'], undefined, 3);
  });
});
