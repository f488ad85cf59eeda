import { Logger } from '@nestjs/common';
import type { ReleaseIngestedV1, ReleaseTranslatedV1, Translation, TranslationState } from '@demarche/contracts';
import type { Metrics } from '@demarche/platform';
import { BackendUnavailableError } from '../backends/backend-errors.js';
import { pairKey, type TranslationBackend } from '../backends/translation-backend.js';
import { normalise, type TranslationCache } from '../cache/translation-cache.js';
import { routeFor, type RouteRule } from '../routing/translation-routes.js';
import type { TargetLanguages } from '../routing/target-languages.js';

/** Texts per backend call; each call's answers are cached before the next call. */
const BATCH_TEXTS = 8;

type Known = { name: string; backend: TranslationBackend; pairs: Set<string> | undefined };

/**
 * Translates a release into each of its targets. A dead or slow backend never holds the
 * release back: the target is marked `pending` and the release moves on. A pair that no
 * backend serves is `unsupported`. Cached paragraphs cost no call. Nothing is ever faked.
 */
export class TranslationService {
  private readonly logger = new Logger(TranslationService.name);

  constructor(
    private readonly backends: TranslationBackend[],
    private readonly targets: TargetLanguages,
    private readonly cache?: Pick<TranslationCache, 'lookup' | 'store'>,
    private readonly routes: RouteRule[] = [],
    private readonly metrics?: Pick<Metrics, 'translation'>,
  ) {}

  async translate(release: ReleaseIngestedV1): Promise<ReleaseTranslatedV1> {
    const targets = this.targets.for(release);
    const known: Known[] = await Promise.all(this.backends.map(async (backend) => ({ name: backend.name, backend, pairs: await backend.pairs() })));

    const outcomes = await Promise.all(targets.map((target) => this.translateInto(release, target, known)));
    const translations = outcomes.filter((o): o is Translation => typeof o === 'object');
    const pending = targets.filter((_, i) => outcomes[i] === 'pending');
    const unsupported = targets.filter((_, i) => outcomes[i] === 'unsupported');

    const translation: TranslationState = { status: status(targets, translations, pending), pending, unsupported };
    return { ...release, translations, translation };
  }

  private async translateInto(release: ReleaseIngestedV1, target: string, known: Known[]): Promise<Translation | 'pending' | 'unsupported'> {
    if (release.language === 'und') return 'unsupported';
    const routed = routeFor(this.routes, release.language, target, known);
    const candidates = routed.filter(({ pairs }) => pairs?.has(pairKey(release.language, target)));
    if (candidates.length === 0) {
      // A backend we cannot reach might serve the pair: wait for it rather than give up.
      return routed.some(({ pairs }) => pairs === undefined) ? 'pending' : 'unsupported';
    }
    return (await this.firstThatAnswers(candidates, release, target)) ?? 'pending';
  }

  private async firstThatAnswers(candidates: Known[], release: ReleaseIngestedV1, target: string): Promise<Translation | undefined> {
    const pair = `${release.language}-${target}`;
    for (const { backend } of candidates) {
      const started = process.hrtime.bigint();
      const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
      try {
        const [title, ...paragraphs] = await this.translateCached(backend, [release.title, ...release.paragraphs], release.language, target);
        const model = backend.modelFor?.(release.language, target);
        this.metrics?.translation(backend.name, pair, 'done', seconds());
        return { language: target, title, paragraphs, machine: true, backend: backend.name, ...(model ? { model } : {}) };
      } catch (error) {
        if (!(error instanceof BackendUnavailableError)) throw error;
        this.metrics?.translation(backend.name, pair, 'unavailable', seconds());
        this.logger.warn({ msg: 'backend failed, trying the next', backend: backend.name, releaseId: release.id, target, error: error.message });
      }
    }
    return undefined;
  }

  /** Asks the backend only for the texts the cache lacks, each distinct text once. */
  private async translateCached(backend: TranslationBackend, texts: string[], from: string, to: string): Promise<string[]> {
    const scope = { from, to, backend: backend.name, version: backend.version };
    const wanted = texts.filter((text) => text.trim() !== '');
    const known = this.cache ? await this.cache.lookup(wanted, scope) : new Map<string, string>();

    const missing = new Map<string, string>();
    for (const text of wanted) if (!known.has(normalise(text)) && !missing.has(normalise(text))) missing.set(normalise(text), text);
    // In batches, each cached as soon as it is done: a long release cut short by a timeout
    // resumes where it stopped when it is tried again.
    const originals = [...missing.values()];
    for (let start = 0; start < originals.length; start += BATCH_TEXTS) {
      const batch = originals.slice(start, start + BATCH_TEXTS);
      const translated = await backend.translate(batch, from, to);
      batch.forEach((text, i) => known.set(normalise(text), translated[i]));
      await this.cache?.store(
        batch.map((text, i) => ({ text, translated: translated[i] })),
        scope,
      );
    }
    return texts.map((text) => (text.trim() === '' ? text : known.get(normalise(text))!));
  }
}

function status(targets: string[], done: Translation[], pending: string[]): TranslationState['status'] {
  if (targets.length === 0) return 'not-needed';
  if (pending.length === 0) return done.length > 0 ? 'done' : 'unsupported';
  return done.length > 0 ? 'partial' : 'pending';
}
