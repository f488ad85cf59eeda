/** Kafka topics. The major version is part of the name: a breaking change is a new topic. */
export const Topics = {
  ReleaseIngestedV1: 'releases.ingested.v1',
  ReleaseTranslatedV1: 'releases.translated.v1',
  ReleaseEnrichedV1: 'releases.enriched.v1',
  ReleaseIndexedV1: 'releases.indexed.v1',
} as const;

export type Topic = (typeof Topics)[keyof typeof Topics];

/** Where a consumer parks a message it cannot process. */
export const deadLetterTopic = (topic: string): string => `${topic}.dlq`;
