import { extractEntities, type ExtractedEntity } from './entity.extractor.js';
import { detectEvent, type DiplomaticEvent } from './event.detector.js';
import { loadKnowledgeBase, type KnowledgeBase } from './knowledge-base.js';
import type { ModelMentionsByText } from './model-linking.js';
import { releaseTexts, type ReleaseInput } from './release-text.js';
import { classifyTopics, type TopicMatch } from './topic.classifier.js';

export interface Enrichment {
  entities: ExtractedEntity[];
  /** ISO 3166-1 alpha-2 of the countries the release names, then the publisher's. */
  countries: string[];
  topics: TopicMatch[];
  eventType?: string;
  event?: DiplomaticEvent;
}

/**
 * Entities, countries, topics and the diplomatic event of one release. Pure and synchronous:
 * what a statistical recogniser found (`recogniseRelease`) comes in as `model`.
 */
export function enrichRelease(release: ReleaseInput, kb: KnowledgeBase = loadKnowledgeBase(), model?: ModelMentionsByText): Enrichment {
  const texts = releaseTexts(release);
  const publishedDate = release.publishedAt?.slice(0, 10);
  // The time of ingest is no publication date: "the Secretary of State" in an archived release
  // stated no date for is not today's holder.
  const statedDate = release.dateSource === 'ingest' ? undefined : publishedDate;
  const { entities, mentions } = extractEntities(kb, texts, statedDate, release.sourceCountry, model);
  const countries = [...new Set([...entities.filter((e) => e.type === 'country' && e.country).map((e) => e.country!), ...(release.sourceCountry ? [release.sourceCountry] : [])])];
  const event = detectEvent(texts, mentions, publishedDate);
  const topics = classifyTopics(kb, texts, entities, countries, event?.type);
  return { entities, countries, topics, ...(event ? { eventType: event.type, event } : {}) };
}
