import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { PeriodicTask } from '@demarche/platform';
import type { ReleaseTranslator } from '../translation/release-translator.js';
import type { PendingTranslations } from './pending-translations.js';

/**
 * Tries pending releases again on a timer, so translations catch up once a backend returns.
 * Each held release backs off on its own (attempts), and a dead backend's open circuit makes
 * a try cost nothing.
 */
export class PendingRetrier implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(PendingRetrier.name);
  private readonly task: PeriodicTask<void>;

  constructor(
    private readonly pending: PendingTranslations,
    private readonly translator: ReleaseTranslator,
    intervalMs: number,
    private readonly batchSize = 20,
  ) {
    this.task = new PeriodicTask(intervalMs, () => this.pass());
  }

  onApplicationBootstrap() {
    this.task.start();
  }

  onApplicationShutdown() {
    return this.task.stop();
  }

  /** One pass over the due releases; a pass never overlaps the previous one. */
  tick(): Promise<void> {
    return this.task.run();
  }

  private async pass(): Promise<void> {
    try {
      const due = await this.pending.due(this.batchSize);
      for (const { release, targets, traceparent, attempts } of due) {
        await this.translator.retry(release, targets, traceparent, attempts + 1);
      }
    } catch (error) {
      this.logger.warn({ msg: 'pending retry pass failed', error: (error as Error).message });
    }
  }
}
