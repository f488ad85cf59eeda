import type { ReleaseEnrichedV1 } from '@demarche/contracts';

/** The Elasticsearch document of one release: the enriched event plus per-language search text. */
export function toReleaseDocument(release: ReleaseEnrichedV1, indexedAt: string) {
  const content: Record<string, { title: string; body: string }> = {
    [release.language]: { title: release.title, body: release.paragraphs.join('\n\n') },
  };
  for (const t of release.translations) {
    content[t.language] = { title: t.title, body: t.paragraphs.join('\n\n') };
  }
  return {
    id: release.id,
    revision: release.revision,
    source: release.source,
    url: release.url,
    title: release.title,
    body: release.paragraphs.join('\n\n'),
    paragraphs: release.paragraphs,
    content,
    language: release.language,
    publishedAt: release.publishedAt,
    ingestedAt: release.ingestedAt,
    indexedAt,
    contentHash: release.contentHash,
    translation: release.translation,
    translations: release.translations,
    entities: release.entities,
    countries: release.countries,
    topics: release.topics,
    eventType: release.eventType,
    clusterId: release.clusterId,
  };
}

export type ReleaseDocument = ReturnType<typeof toReleaseDocument>;
