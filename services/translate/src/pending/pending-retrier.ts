import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { ReleaseTranslator } from '../translation/release-translator.js';
import type { PendingTranslations } from './pending-translations.js';

/**
 * Tries pending releases again on a timer, so translations catch up once a backend returns.
 * Each held release backs off on its own (attempts), and a dead backend's open circuit makes
 * a try cost nothing.
 */
export class PendingRetrier implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(PendingRetrier.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly pending: PendingTranslations,
    private readonly translator: ReleaseTranslator,
    private readonly intervalMs: number,
    private readonly batchSize = 20,
  ) {}

  onApplicationBootstrap() {
    if (this.intervalMs > 0) this.timer = setInterval(() => void this.tick(), this.intervalMs);
  }

  async onApplicationShutdown() {
    clearInterval(this.timer);
    await this.running;
  }

  /** One pass over the due releases; a pass never overlaps the previous one. */
  tick(): Promise<void> {
    this.running ??= this.pass().finally(() => (this.running = undefined));
    return this.running;
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
