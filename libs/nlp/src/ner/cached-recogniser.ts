import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { LanguageRouter } from './recogniser.js';
import type { ModelMention } from './ner.types.js';

/**
 * Remembers the model's answer for a text it has seen: syndication is the rule (one ministry
 * release republished word for word by dozens of embassy sites) and a replay re-enriches what
 * was enriched before, so the same text need not cost the recogniser's CPU twice. Failures are
 * not remembered.
 */
export class CachedRecogniser {
  private readonly cache: LRUCache<string, ModelMention[]>;
  hits = 0;
  misses = 0;

  constructor(
    readonly router: LanguageRouter,
    entries: number,
  ) {
    this.cache = new LRUCache({ max: Math.max(1, entries) });
  }

  get languages() {
    return this.router.languages;
  }

  handles(language: string): boolean {
    return this.router.handles(language);
  }

  async recognise(text: string, language: string, signal?: AbortSignal): Promise<ModelMention[]> {
    const key = `${language}:${createHash('sha1').update(text).digest('base64')}`;
    const known = this.cache.get(key);
    if (known) {
      this.hits++;
      return known;
    }
    this.misses++;
    const found = await this.router.recognise(text, language, signal);
    this.cache.set(key, found);
    return found;
  }
}
