import type { ModelMentionsByText } from './model-linking.js';
import type { LanguageRouter } from './ner/recogniser.js';
import { releaseTexts, type ReleaseInput } from './release-text.js';

/**
 * Runs the recogniser on one text of the release: the original when a model has its language,
 * else a translation that has one (English first), so an Arabic release still gets the
 * model's names through its English translation. One text only: the knowledge base already
 * links across the translations, and a second model pass would double the cost.
 */
export async function recogniseRelease(release: ReleaseInput, recogniser: Pick<LanguageRouter, 'handles' | 'recognise'>, signal?: AbortSignal): Promise<ModelMentionsByText> {
  const texts = releaseTexts(release);
  const pick =
    texts.find((t) => t.in === 'original' && recogniser.handles(t.language)) ??
    texts.find((t) => t.language === 'en' && recogniser.handles('en')) ??
    texts.find((t) => recogniser.handles(t.language));
  if (!pick) return {};
  return { [pick.in]: await recogniser.recognise(pick.text, pick.language, signal) };
}
