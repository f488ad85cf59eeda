import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThanOrEqual, type Repository } from 'typeorm';
import type { ReleaseIngestedV1 } from '@demarche/contracts';
import { backoffDelay, DependencyUnavailableError } from '@demarche/kafka';
import { PendingTranslation } from './pending-translation.entity.js';

export interface PendingRelease {
  release: ReleaseIngestedV1;
  targets: string[];
  traceparent?: string;
  attempts: number;
}

/** Longest wait between two tries of a pending release. */
const MAX_RETRY_DELAY_MS = 30_000;

/**
 * The queue of releases published with targets `pending`. Holding a release is part of
 * handling its message: if the database fails, the message is not committed (and comes back),
 * so a pending translation is never forgotten.
 */
@Injectable()
export class PendingTranslations {
  constructor(@InjectRepository(PendingTranslation) private readonly repository: Repository<PendingTranslation>) {}

  async hold(release: ReleaseIngestedV1, targets: string[], traceparent: string | undefined, attempts = 0, firstDelayMs = 0): Promise<void> {
    await this.guard(async () => {
      const held = await this.repository.findOneBy({ releaseId: release.id });
      if (held && held.revision > release.revision) return; // a newer revision is already waiting
      await this.repository.save({
        releaseId: release.id,
        revision: release.revision,
        targets: targets.join(','),
        event: JSON.stringify(release),
        traceparent: traceparent ?? null,
        attempts,
        nextAttemptAt: Date.now() + (attempts === 0 ? firstDelayMs : Math.min(MAX_RETRY_DELAY_MS, backoffDelay(attempts, 1_000, MAX_RETRY_DELAY_MS))),
        heldAt: held?.heldAt ?? new Date().toISOString(),
      });
    });
  }

  /** The release is fully translated at `revision`: an older pending entry has nothing left to do. */
  async settle(releaseId: string, revision: number): Promise<void> {
    await this.guard(() => this.repository.delete({ releaseId, revision: LessThanOrEqual(revision) }));
  }

  async due(limit: number, now = Date.now()): Promise<PendingRelease[]> {
    const rows = await this.guard(() =>
      this.repository.find({ where: { nextAttemptAt: LessThanOrEqual(now) }, order: { nextAttemptAt: 'ASC' }, take: limit }),
    );
    return rows.map((row) => ({
      release: JSON.parse(row.event) as ReleaseIngestedV1,
      targets: row.targets.split(','),
      traceparent: row.traceparent ?? undefined,
      attempts: row.attempts,
    }));
  }

  count(): Promise<number> {
    return this.guard(() => this.repository.count());
  }

  private async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw new DependencyUnavailableError('database', (error as Error).message, { cause: error });
    }
  }
}
