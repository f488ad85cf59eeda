/** CloudEvents `type` of each event; the major version matches the topic's. */
export const EventTypes = {
  ReleaseIngestedV1: 'org.demarche.release.ingested.v1',
  ReleaseTranslatedV1: 'org.demarche.release.translated.v1',
  ReleaseEnrichedV1: 'org.demarche.release.enriched.v1',
  ReleaseIndexedV1: 'org.demarche.release.indexed.v1',
} as const;

export type EventType = (typeof EventTypes)[keyof typeof EventTypes];
