import { createHash } from 'node:crypto';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Hash of the normalised title and body: equal for the same text however it was spaced or quoted. */
export function contentHash(normalizedTitle: string, normalizedParagraphs: string[]): string {
  return sha256([normalizedTitle, ...normalizedParagraphs].join('\n'));
}

/**
 * Deterministic release id: the same release ingested twice gets the same id, so every stage
 * downstream can be idempotent. A release with a URL is identified by source + URL (a later
 * correction at that URL is a new revision of the same release); one without, by source + text.
 */
export function releaseId(sourceId: string, canonicalUrl: string | undefined, hash: string): string {
  return `rel_${sha256(`${sourceId}\n${canonicalUrl ?? hash}`).slice(0, 24)}`;
}
