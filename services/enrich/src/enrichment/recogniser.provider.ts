import { Injectable, Logger } from '@nestjs/common';
import { DependencyUnavailableError } from '@demarche/kafka';
import { CachedRecogniser, createRecogniser, recogniseRelease, RecogniserUnavailableError, type LanguageRouter, type ModelMentionsByText, type ReleaseInput } from '@demarche/nlp';
import { HealthIndicatorService } from '@nestjs/terminus';
import pLimit, { type LimitFunction } from 'p-limit';
import { RecogniserConfig } from '../config/enrich.config.js';

/**
 * The statistical recognisers (CoreNLP, natasha) as the enrich service sees them: a bounded
 * number of requests in flight, and an outage reported as DependencyUnavailableError, so the
 * message processor waits with the release uncommitted instead of enriching it without them.
 */
@Injectable()
export class RecogniserClient {
  private readonly logger = new Logger(RecogniserClient.name);
  readonly enabled: boolean;
  private readonly router: LanguageRouter;
  private readonly cached?: CachedRecogniser;
  private readonly limit: LimitFunction;
  private down?: string;

  constructor(config: RecogniserConfig) {
    this.enabled = config.enabled;
    this.router = createRecogniser(config);
    this.limit = pLimit(config.concurrency);
    if (config.cacheSize > 0) this.cached = new CachedRecogniser(this.router, config.cacheSize);
  }

  async recognise(release: ReleaseInput): Promise<ModelMentionsByText | undefined> {
    if (!this.enabled) return undefined;
    try {
      const found = await this.limit(() => recogniseRelease(release, this.cached ?? this.router));
      if (this.down) this.logger.log({ msg: 'recogniser back', was: this.down });
      this.down = undefined;
      return found;
    } catch (error) {
      if (error instanceof RecogniserUnavailableError) {
        this.down = error.message;
        throw new DependencyUnavailableError('recogniser', error.message, { cause: error });
      }
      throw error;
    }
  }

  /** Ready while the last call got an answer; a probe with a one-word text otherwise. */
  async isHealthy(health: HealthIndicatorService) {
    const check = health.check('recogniser');
    if (!this.enabled) return check.up({ enabled: false });
    if (!this.down) return check.up();
    try {
      await this.router.recognise('Paris', 'en', AbortSignal.timeout(2_000));
      this.down = undefined;
      return check.up();
    } catch (error) {
      return check.down({ error: (error as Error).message });
    }
  }
}
