import { BackendUnavailableError } from './backend-errors.js';
import { splitForBackend } from './split-for-backend.js';

/**
 * Cuts paragraphs into pieces of at most `maxChars`, translates all pieces with `translatePieces`
 * (in batches the backend accepts) and glues each paragraph back together, so paragraph
 * structure survives any backend limit. Blank paragraphs never reach the backend.
 */
export async function translateInPieces(
  backend: string,
  paragraphs: string[],
  maxChars: number,
  batchSize: number,
  translatePieces: (pieces: string[]) => Promise<string[]>,
): Promise<string[]> {
  const pieces: string[] = [];
  const owners: number[] = [];
  paragraphs.forEach((paragraph, index) => {
    if (paragraph.trim() === '') return;
    for (const piece of splitForBackend(paragraph, maxChars)) {
      pieces.push(piece);
      owners.push(index);
    }
  });
  const translated: string[] = [];
  for (let start = 0; start < pieces.length; start += batchSize) {
    const batch = pieces.slice(start, start + batchSize);
    const answer = await translatePieces(batch);
    // A short or empty answer would silently lose text: treat it as a failed call, never as a translation.
    if (answer.length !== batch.length) {
      throw new BackendUnavailableError(`${backend} returned ${answer.length} texts for ${batch.length}`);
    }
    if (answer.some((text) => typeof text !== 'string' || text.trim() === '')) {
      throw new BackendUnavailableError(`${backend} returned an empty translation`);
    }
    translated.push(...answer);
  }
  const out = paragraphs.map((p) => (p.trim() === '' ? p : ''));
  const parts = paragraphs.map(() => [] as string[]);
  translated.forEach((text, i) => parts[owners[i]].push(text.trim()));
  parts.forEach((list, index) => {
    if (list.length > 0) out[index] = list.join(' ');
  });
  return out;
}
