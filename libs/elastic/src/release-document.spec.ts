import { describe, expect, it } from 'vitest';
import type { ReleaseEnrichedV1 } from '@demarche/contracts';
import { parseEntityKey, toReleaseDocument } from '@demarche/elastic';

const translation = (language: string, title: string, paragraphs: string[]) => ({
  language,
  title,
  paragraphs,
  machine: true,
  backend: 'apertium',
});

const release: ReleaseEnrichedV1 = {
  id: 'rel_3f2a9c0d1b7e4a5f6c8d9e0f',
  revision: 1764324672345,
  source: { id: 'exteriores.gob.es', country: 'ES' },
  title: 'El ministro recibe a su homólogo',
  paragraphs: ['Primer párrafo.', 'Segundo párrafo.'],
  language: 'es',
  ingestedAt: '2025-11-28T10:11:12.345Z',
  contentHash: 'a'.repeat(64),
  translations: [
    translation('en', 'The minister receives his counterpart', ['First paragraph.', 'Second paragraph.']),
    translation('fr', 'Le ministre reçoit son homologue', ['Premier paragraphe.']),
  ],
  translation: { status: 'done', pending: [], unsupported: [] },
  entities: [],
  countries: ['ES'],
  topics: [],
  clusterId: 'rel_3f2a9c0d1b7e4a5f6c8d9e0f',
};

describe('toReleaseDocument', () => {
  const doc = toReleaseDocument(release, '2025-11-28T10:15:00.000Z');

  it('puts the original text under content.<its language>, paragraphs joined by blank lines', () => {
    expect(doc.content.es).toEqual({ title: 'El ministro recibe a su homólogo', body: 'Primer párrafo.\n\nSegundo párrafo.' });
  });

  it('puts each translation under content.<target>', () => {
    expect(doc.content.en).toEqual({
      title: 'The minister receives his counterpart',
      body: 'First paragraph.\n\nSecond paragraph.',
    });
    expect(doc.content.fr).toEqual({ title: 'Le ministre reçoit son homologue', body: 'Premier paragraphe.' });
    expect(Object.keys(doc.content).sort()).toEqual(['en', 'es', 'fr']);
  });

  it('has only the original language under content when nothing was translated', () => {
    const untranslated = { ...release, translations: [], translation: { status: 'pending' as const, pending: ['en'], unsupported: [] } };
    expect(Object.keys(toReleaseDocument(untranslated, '2025-11-28T10:15:00.000Z').content)).toEqual(['es']);
  });

  it('says where the title and the date came from', () => {
    const derived = toReleaseDocument({ ...release, titleSource: 'derived', dateSource: 'feed' }, '2025-11-28T10:15:00.000Z');
    expect(derived).toMatchObject({ titleSource: 'derived', dateSource: 'feed' });
  });

  it('keeps the release fields and stamps indexedAt', () => {
    expect(doc).toMatchObject({
      id: release.id,
      revision: release.revision,
      language: 'es',
      body: 'Primer párrafo.\n\nSegundo párrafo.',
      indexedAt: '2025-11-28T10:15:00.000Z',
      clusterId: release.clusterId,
      countries: ['ES'],
    });
  });
});

describe('facet keys', () => {
  const withEntities: ReleaseEnrichedV1 = {
    ...release,
    entities: [
      { id: 'Q7747', name: 'Vladimir Putin', type: 'person', role: 'president', mentions: [] },
      { id: 'Q7747', name: 'Vladimir Putin', type: 'person', role: 'president', mentions: [] },
      { id: 'Q159', name: 'A|B', type: 'country', mentions: [] },
    ],
    topics: [{ code: 'medtop:11000000', label: 'politics', why: 'rule' }],
  };
  const doc = toReleaseDocument(withEntities, '2025-11-28T10:15:00.000Z');

  it('keeps type, id and name of each entity together, once each', () => {
    expect(doc.entityKeys).toEqual(['person|Q7747|Vladimir Putin', 'country|Q159|A/B']);
    expect(parseEntityKey(doc.entityKeys[0])).toEqual({ type: 'person', id: 'Q7747', name: 'Vladimir Putin' });
  });

  it('records roles by entity id and topics as code|label', () => {
    expect(doc.entityRoles).toEqual(['Q7747|president']);
    expect(doc.topicKeys).toEqual(['medtop:11000000|politics']);
  });
});

describe('toReleaseDocument: the diplomatic event', () => {
  it('keeps only the mapped fields of the event and its participants', () => {
    const withEvent = {
      ...release,
      event: {
        type: 'visit',
        participants: [{ id: 'Q29', name: 'Spain', country: 'ES', role: 'host', extra: 'dropped' }],
        date: '2025-11-27',
        place: { id: 'local:place:madrid', name: 'Madrid' },
      },
    } as unknown as ReleaseEnrichedV1;
    const doc = toReleaseDocument(withEvent, '2025-11-28T10:11:13.000Z');
    expect(doc.event).toEqual({
      type: 'visit',
      participants: [{ id: 'Q29', name: 'Spain', country: 'ES', role: 'host' }],
      initiator: undefined,
      date: '2025-11-27',
      place: { id: 'local:place:madrid', name: 'Madrid' },
    });
  });

  it('leaves the event out when enrichment found none', () => {
    expect(toReleaseDocument(release, '2025-11-28T10:11:13.000Z').event).toBeUndefined();
  });
});
