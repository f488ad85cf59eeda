import { Injectable, Logger } from '@nestjs/common';
import { Metrics } from '@demarche/platform';
import { SecondOpinionClient } from '@demarche/text';
import pLimit from 'p-limit';
import { ReleasesConfig } from '../config/ingest.config.js';
import type { IngestInput } from './release-event.js';

/** Pages of one batch asked at once: the server's workers, kept busy without a queue of thousands. */
const CONCURRENT_PAGES = 4;

/**
 * The extractor server's paragraphs for an HTML input (EXTRACTOR_URL): merged with ours by
 * toReleaseEvent. Never fails and never waits past EXTRACTOR_TIMEOUT_MS: without an answer the
 * release is ours alone (`demarche replay --reextract` merges it later), and an outage is logged
 * once when it starts and once when it ends.
 */
@Injectable()
export class SecondOpinionService {
  private readonly logger = new Logger(SecondOpinionService.name);
  private readonly client?: SecondOpinionClient;
  private readonly limit = pLimit(CONCURRENT_PAGES);
  private unavailable = false;

  constructor(
    config: ReleasesConfig,
    private readonly metrics: Metrics,
  ) {
    const { url, timeoutMs } = config.secondOpinion;
    if (url) this.client = new SecondOpinionClient({ url, timeoutMs });
  }

  async paragraphsOf(input: Pick<IngestInput, 'format' | 'content'>): Promise<string[] | undefined> {
    const client = this.client;
    if (!client || input.format !== 'html') return undefined;
    const started = process.hrtime.bigint();
    const opinion = await this.limit(() => client.paragraphs(input.content));
    this.metrics.secondOpinion(opinion.status, Number(process.hrtime.bigint() - started) / 1e9);
    if (opinion.status === 'answered') {
      if (this.unavailable) this.logger.log({ msg: 'extractor server answers again' });
      this.unavailable = false;
      return opinion.paragraphs;
    }
    if (!this.unavailable) this.logger.warn({ msg: 'extractor server unavailable: HTML pages extracted by ours alone', reason: opinion.reason });
    this.unavailable = true;
    return undefined;
  }
}
