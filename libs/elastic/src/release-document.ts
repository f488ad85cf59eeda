import type { ReleaseEnrichedV1 } from '@demarche/contracts';

/**
 * `type|id|name`: entities are an object array (not nested), which loses which type and
 * name go with which id; one keyword per entity keeps them together for facets.
 */
export const entityKey = (e: { type: string; id: string; name: string }) => [e.type, e.id, e.name.replaceAll('|', '/')].join('|');

export function parseEntityKey(key: string): { type: string; id: string; name: string } {
  const [type = '', id = '', ...name] = key.split('|');
  return { type, id, name: name.join('|') };
}

/** `code|label` for the topic facet. */
export const topicKey = (t: { code: string; label: string }) => `${t.code}|${t.label.replaceAll('|', '/')}`;

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
    /** Where the title and the date came from (given, markup, derived; given, feed, text, ingest…). */
    titleSource: release.titleSource,
    dateSource: release.dateSource,
    ingestedAt: release.ingestedAt,
    indexedAt,
    contentHash: release.contentHash,
    translation: release.translation,
    translations: release.translations,
    entities: release.entities,
    entityKeys: [...new Set(release.entities.map(entityKey))],
    /** `id|role`: the roles an entity played, for its profile. */
    entityRoles: [...new Set(release.entities.filter((e) => e.role).map((e) => `${e.id}|${e.role}`))],
    countries: release.countries,
    topics: release.topics,
    topicKeys: [...new Set(release.topics.map(topicKey))],
    eventType: release.eventType,
    event: release.event && eventDocument(release.event),
    clusterId: release.clusterId,
  };
}

/** The diplomatic event, field by field: the mapping is strict, so nothing unknown may slip in. */
function eventDocument(event: NonNullable<ReleaseEnrichedV1['event']>) {
  return {
    type: event.type,
    participants: event.participants.map(({ id, name, country, role }) => ({ id, name, country, role })),
    initiator: event.initiator,
    date: event.date,
    place: event.place && { id: event.place.id, name: event.place.name },
  };
}

export type ReleaseDocument = ReturnType<typeof toReleaseDocument>;

/**
 * Recomputes the fields derived from others, for documents written before those fields
 * existed (the reindex passes every document through it).
 */
export function withDerivedFields<T extends Pick<ReleaseDocument, 'entities' | 'topics'>>(doc: T): T {
  const entities = doc.entities ?? [];
  return {
    ...doc,
    entityKeys: [...new Set(entities.map(entityKey))],
    entityRoles: [...new Set(entities.filter((e) => e.role).map((e) => `${e.id}|${e.role}`))],
    topicKeys: [...new Set((doc.topics ?? []).map(topicKey))],
  };
}
