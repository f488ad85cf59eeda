import type { ReleaseIndexedV1 } from '@demarche/contracts';
import type { AlsoPublishedBy, MatchReason } from '../items/feed-item.entity.js';

/**
 * An IPTC ninjs 2.x document of one matched release. Démarche's own facts (why it matched,
 * syndicated copies, the feed) travel in the `demarche` extension object.
 */
export function toNinjs(
  release: ReleaseIndexedV1,
  match: { feed: string; why: MatchReason[]; alsoPublishedBy: AlsoPublishedBy[]; deliveryId?: string },
) {
  const byType = (type: string) => release.entities.filter((e) => e.type === type);
  return {
    uri: `urn:demarche:release:${release.id}`,
    standard: { name: 'ninjs', version: '2.1' },
    type: 'text',
    representationtype: 'complete',
    version: String(release.revision),
    firstcreated: release.publishedAt ?? release.ingestedAt,
    versioncreated: release.indexedAt,
    language: release.language,
    headlines: [{ role: 'main', value: release.title }],
    bodies: [{ role: 'main', contenttype: 'text/plain', charcount: release.paragraphs.join('\n\n').length, value: release.paragraphs.join('\n\n') }],
    ...(release.url ? { links: [{ href: release.url, rel: 'canonical', mimetype: 'text/html' }] } : {}),
    infosources: [{ name: release.source.name ?? release.source.id, uri: `urn:demarche:source:${release.source.id}`, role: 'originating' }],
    subjects: release.topics.map((t) => ({ name: t.label, uri: t.code.startsWith('medtop:') ? t.code : `urn:demarche:topic:${t.code}` })),
    people: byType('person').map((e) => ({ name: e.name, uri: entityUri(e.id), ...(e.role ? { rel: e.role } : {}) })),
    organisations: byType('organization').map((e) => ({ name: e.name, uri: entityUri(e.id) })),
    places: [
      ...[...byType('location'), ...byType('country')].map((e) => ({ name: e.name, uri: entityUri(e.id) })),
      ...release.countries.map((c) => ({ name: c, uri: `urn:iso:std:3166:-1:${c}` })),
    ],
    ...(release.eventType ? { genres: [{ name: release.eventType, uri: `urn:demarche:event-type:${release.eventType}` }] } : {}),
    altids: [
      { role: 'release', value: release.id },
      { role: 'cluster', value: release.clusterId },
    ],
    renditions: [],
    demarche: {
      releaseId: release.id,
      clusterId: release.clusterId,
      feed: match.feed,
      ...(match.deliveryId ? { deliveryId: match.deliveryId } : {}),
      why: match.why,
      alsoPublishedBy: match.alsoPublishedBy,
      translations: release.translations.map((t) => ({ language: t.language, title: t.title, body: t.paragraphs.join('\n\n'), machine: t.machine })),
    },
  };
}

/** IPTC QCodes (`medtop:…`) and Wikidata ids (`wikidata:Q…`) as URIs; never fetched. */
const entityUri = (id: string) => (/^Q\d+$/.test(id) ? `wikidata:${id}` : `urn:demarche:entity:${id}`);
