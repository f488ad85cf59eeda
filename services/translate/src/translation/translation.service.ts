import { Inject, Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import {
  ReleaseTranslatedV1,
  type ReleaseIngestedV1,
  type Translation,
  type TranslationState,
} from '@demarche/contracts';
import type { TranslateEnv } from '../config/env.js';
import { BackendUnavailableError } from '../backends/apertium.backend.js';
import { pairKey, TRANSLATION_BACKENDS, type TranslationBackend } from '../backends/translation-backend.js';

/**
 * Translates a release into each configured target. A dead or slow backend never holds
 * the release back: the target is marked `pending` and the release moves on. A pair that
 * no reachable backend serves is `unsupported`. Nothing is ever faked.
 */
@Injectable()
export class TranslationService {
  private readonly logger = new Logger(TranslationService.name);
  private readonly targets: string[];

  constructor(
    @Inject(TRANSLATION_BACKENDS) private readonly backends: TranslationBackend[],
    @Inject(ConfigService) config: ConfigService<TranslateEnv, true>,
  ) {
    this.targets = config.get('TRANSLATION_TARGETS').split(',');
  }

  async translate(release: ReleaseIngestedV1): Promise<ReleaseTranslatedV1> {
    const targets = this.targets.filter((t) => t !== release.language);
    const translations: Translation[] = [];
    const pending: string[] = [];
    const unsupported: string[] = [];

    const reachable = await this.reachableBackends();
    for (const target of targets) {
      const candidates = reachable.filter(({ pairs }) => pairs.has(pairKey(release.language, target)));
      if (release.language === 'und' || (candidates.length === 0 && reachable.length === this.backends.length)) {
        unsupported.push(target);
        continue;
      }
      const translation = await this.firstThatAnswers(candidates, release, target);
      if (translation) translations.push(translation);
      else pending.push(target);
    }

    const translation: TranslationState = { status: status(targets, translations, pending), pending, unsupported };
    return { ...release, translations, translation };
  }

  private async reachableBackends() {
    const found = await Promise.all(this.backends.map(async (backend) => ({ backend, pairs: await backend.pairs() })));
    return found.filter((b): b is { backend: TranslationBackend; pairs: Set<string> } => b.pairs !== undefined);
  }

  private async firstThatAnswers(
    candidates: { backend: TranslationBackend }[],
    release: ReleaseIngestedV1,
    target: string,
  ): Promise<Translation | undefined> {
    for (const { backend } of candidates) {
      try {
        const [title, ...paragraphs] = await backend.translate([release.title, ...release.paragraphs], release.language, target);
        return { language: target, title, paragraphs, machine: true, backend: backend.name };
      } catch (error) {
        if (!(error instanceof BackendUnavailableError)) throw error;
        this.logger.warn({ msg: 'backend failed, trying the next', backend: backend.name, releaseId: release.id, error: error.message });
      }
    }
    return undefined;
  }
}

function status(targets: string[], done: Translation[], pending: string[]): TranslationState['status'] {
  if (targets.length === 0) return 'not-needed';
  if (pending.length === 0) return done.length > 0 ? 'done' : 'unsupported';
  return done.length > 0 ? 'partial' : 'pending';
}
