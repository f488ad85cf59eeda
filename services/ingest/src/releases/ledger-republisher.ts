import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { ReleaseIngestedV1 } from '@demarche/contracts';
import { PeriodicTask } from '@demarche/platform';
import { LessThan, type Repository } from 'typeorm';
import { ReleasesConfig } from '../config/ingest.config.js';
import { ReleaseRecord } from './release.entity.js';
import { ReleasePublisher } from './release-publisher.js';

/**
 * The ledger doubles as an outbox: a release recorded but never confirmed on Kafka
 * (broker down, process killed between the two writes) is published again.
 */
@Injectable()
export class LedgerRepublisher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(LedgerRepublisher.name);
  private readonly task: PeriodicTask<number>;

  constructor(
    @InjectRepository(ReleaseRecord) private readonly ledger: Repository<ReleaseRecord>,
    private readonly publisher: ReleasePublisher,
    private readonly config: ReleasesConfig,
  ) {
    this.task = new PeriodicTask(config.republishAfterMs, () => this.republishStale());
  }

  onApplicationBootstrap() {
    this.task.start();
  }

  onApplicationShutdown() {
    return this.task.stop();
  }

  private async republishStale(): Promise<number> {
    try {
      const cutoff = new Date(Date.now() - this.config.republishAfterMs).toISOString();
      const stale = await this.ledger.find({ where: { status: 'received', receivedAt: LessThan(cutoff) }, take: 500 });
      for (const record of stale) {
        await this.publisher.publish(JSON.parse(record.event) as ReleaseIngestedV1);
      }
      if (stale.length > 0) this.logger.log({ msg: 'republished unconfirmed releases', count: stale.length });
      return stale.length;
    } catch (error) {
      this.logger.warn({ msg: 'republish deferred', error: (error as Error).message });
      return 0;
    }
  }
}
