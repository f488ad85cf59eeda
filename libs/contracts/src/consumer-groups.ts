import { Topics, deadLetterTopic } from './topics.js';

const PIPELINE_TOPICS = [Topics.ReleaseIngestedV1, Topics.ReleaseTranslatedV1, Topics.ReleaseEnrichedV1, Topics.ReleaseIndexedV1];

/**
 * Which topics each service's consumer group (`<KAFKA_GROUP_PREFIX>.<service>`) reads. A service
 * refuses to start when its handlers (`@Consumes`) say otherwise; tools that manage the groups
 * (the pipeline benchmark) read it from here.
 */
export const CONSUMED_TOPICS: Readonly<Record<string, readonly string[]>> = {
  translate: [Topics.ReleaseIngestedV1],
  enrich: [Topics.ReleaseTranslatedV1],
  index: [Topics.ReleaseEnrichedV1],
  feeds: [Topics.ReleaseIndexedV1],
  // The ledger: each later stage's times, and every stage's dead letters.
  ingest: [Topics.ReleaseTranslatedV1, Topics.ReleaseEnrichedV1, Topics.ReleaseIndexedV1, ...PIPELINE_TOPICS.map(deadLetterTopic)],
};
