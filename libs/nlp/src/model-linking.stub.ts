import type { Enrichment } from './enrich-release.js';
import type { ModelMention, NerType } from './ner/ner.types.js';
import { layoutText, type ReleaseInput } from './release-text.js';

/** Model mentions as a recogniser would send them: each phrase at its n-th place in the laid-out text. */
export function model(release: ReleaseInput, found: [string, NerType, number?][]): Record<string, ModelMention[]> {
  const { text } = layoutText(release.title, release.paragraphs);
  return {
    original: found.map(([phrase, type, nth = 0]) => {
      let start = -1;
      for (let i = 0; i <= nth; i++) start = text.indexOf(phrase, start + 1);
      if (start < 0) throw new Error(`"${phrase}" is not in the text`);
      return { start, end: start + phrase.length, type, text: phrase };
    }),
  };
}
export const byId = (r: Enrichment, id: string) => r.entities.find((e) => e.id === id);
export const release = (paragraphs: string[], language = 'en', title = 'Press release'): ReleaseInput => ({
  title,
  paragraphs,
  language,
  publishedAt: '2024-03-05',
  sourceCountry: 'US',
});
