import { Logger } from '@nestjs/common';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { ReleaseIngestedV1 } from '@demarche/contracts';
import type { ReleaseTranslator } from '../translation/release-translator.js';
import { PendingRetrier } from './pending-retrier.js';
import type { PendingRelease, PendingTranslations } from './pending-translations.js';

const held = (id: string, attempts: number): PendingRelease => ({
  release: { id, revision: 1 } as ReleaseIngestedV1,
  targets: ['es'],
  traceparent: 'tp',
  attempts,
});

describe('PendingRetrier', () => {
  beforeAll(() => Logger.overrideLogger(false));

  it('tries every due release again, counting the attempt', async () => {
    const pending = { due: vi.fn(async () => [held('rel_a', 0), held('rel_b', 4)]) } as unknown as PendingTranslations;
    const retry = vi.fn(async () => undefined);
    await new PendingRetrier(pending, { retry } as unknown as ReleaseTranslator, 0).tick();
    expect(retry.mock.calls).toEqual([
      [held('rel_a', 0).release, ['es'], 'tp', 1],
      [held('rel_b', 4).release, ['es'], 'tp', 5],
    ]);
  });

  it('never runs two passes at once', async () => {
    let release!: () => void;
    const pending = { due: vi.fn(() => new Promise<PendingRelease[]>((r) => (release = () => r([])))) } as unknown as PendingTranslations;
    const retrier = new PendingRetrier(pending, { retry: vi.fn() } as unknown as ReleaseTranslator, 0);
    const first = retrier.tick();
    const second = retrier.tick();
    release();
    await Promise.all([first, second]);
    expect(pending.due).toHaveBeenCalledTimes(1);
  });

  it('survives a failing pass (database down) and tries again on the next tick', async () => {
    const due = vi.fn().mockRejectedValueOnce(new Error('database unavailable')).mockResolvedValue([]);
    const retrier = new PendingRetrier({ due } as unknown as PendingTranslations, { retry: vi.fn() } as unknown as ReleaseTranslator, 0);
    await expect(retrier.tick()).resolves.toBeUndefined();
    await retrier.tick();
    expect(due).toHaveBeenCalledTimes(2);
  });
});
