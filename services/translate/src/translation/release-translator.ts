import { Logger } from '@nestjs/common';
import { ReleaseTranslatedV1, type ReleaseIngestedV1 } from '@demarche/contracts';
import type { EventPublisher } from '@demarche/kafka';
import type { PendingTranslations } from '../pending/pending-translations.js';
import type { TranslationService } from './translation.service.js';

/**
 * Translates a release and publishes releases.translated.v1, keeping the pending queue in step:
 * a release with targets still `pending` is held (before publishing, so a crash in between
 * only replays the message) and is settled once fully translated.
 */
export class ReleaseTranslator {
  private readonly logger = new Logger(ReleaseTranslator.name);

  constructor(
    private readonly translation: TranslationService,
    private readonly pending: PendingTranslations,
    private readonly publisher: EventPublisher,
  ) {}

  async translateAndPublish(release: ReleaseIngestedV1, traceparent?: string): Promise<ReleaseTranslatedV1> {
    const translated = await this.translation.translate(release);
    await this.keepQueue(release, translated, traceparent, 0);
    await this.publisher.publish(ReleaseTranslatedV1, translated, traceparent);
    return translated;
  }

  /**
   * Tries a held release again. It is published again — same id and revision, so the index
   * replaces the earlier document — only when something changed.
   */
  async retry(release: ReleaseIngestedV1, heldTargets: string[], traceparent: string | undefined, attempts: number): Promise<ReleaseTranslatedV1> {
    const translated = await this.translation.translate(release);
    const { pending } = translated.translation;
    const unchanged = pending.length === heldTargets.length && pending.every((t) => heldTargets.includes(t));
    if (unchanged) {
      await this.pending.hold(release, pending, traceparent, attempts);
      return translated;
    }
    await this.keepQueue(release, translated, traceparent, attempts);
    await this.publisher.publish(ReleaseTranslatedV1, translated, traceparent);
    this.logger.log({ msg: 'pending release translated again', releaseId: release.id, revision: release.revision, status: translated.translation.status });
    return translated;
  }

  private async keepQueue(release: ReleaseIngestedV1, translated: ReleaseTranslatedV1, traceparent: string | undefined, attempts: number) {
    const { pending } = translated.translation;
    if (pending.length > 0) await this.pending.hold(release, pending, traceparent, attempts);
    else await this.pending.settle(release.id, release.revision);
  }
}
