import 'reflect-metadata';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scrapedRelease } from '@demarche/testing';
import { normalizeForHash } from '@demarche/text';
import { DataSource } from 'typeorm';
import type { ReleasesConfig } from '../config/ingest.config.js';
import { databaseOptions } from '../database/database.options.js';
import { ledgerRow } from '../releases/ledger-row.js';
import { toReleaseEvent } from '../releases/release-event.js';
import { ReleaseRecord } from '../releases/release.entity.js';
import { DedupeService } from './dedupe.service.js';
import { minhashSignature } from './minhash.js';
import { NearKeyRecord } from './near-key.entity.js';
import { SightingRecord } from './sighting.entity.js';

let db: DataSource;
let dedupe: DedupeService;
beforeEach(async () => {
  // A real in-memory SQLite store with the service's own migrations.
  db = await new DataSource(databaseOptions({ SQLITE_PATH: ':memory:' })).initialize();
  const config = { nearDuplicateThreshold: 0.5 } as ReleasesConfig;
  dedupe = new DedupeService(db.getRepository(ReleaseRecord), db.getRepository(NearKeyRecord), db.getRepository(SightingRecord), config);
});
afterEach(() => db.destroy());

const release = (sourceId: string, text: string, receivedAt: string) => {
  const event = toReleaseEvent({ content: text, format: 'text', contentType: 'text/plain', sourceId }, { source: 'push', now: new Date(receivedAt) });
  return { event, signature: minhashSignature(event.paragraphs.map(normalizeForHash).join('\n')) };
};
/** Records releases as ingest does: the ledger row and its near-duplicate keys. */
async function record(...releases: ReturnType<typeof release>[]) {
  for (const r of releases) {
    await db.getRepository(ReleaseRecord).insert(ledgerRow({ ...r.event, nearDuplicateClusterId: r.event.id }, { contentType: 'text/plain', content: r.event.paragraphs.join('\n') }, r.signature));
    await dedupe.indexSignatures(db.manager, [{ id: r.event.id, signature: r.signature }]);
  }
}

const original = scrapedRelease('dedupe-1').text;
/** The same story with one paragraph reworded, as a syndicating site may publish it. */
const edited = original.replace('The parties discussed preparations for the Forum leaders meeting', 'Both sides reviewed the preparations for the summit of Forum leaders');
const unrelated = scrapedRelease('dedupe-2').text.replace(/Pacific|Forum|Secretary-General|Taylor/g, 'Arctic').replace(/islands?/g, 'tundra').replace(/fisheries|sea levels|renewable/g, 'reindeer herding');

describe('DedupeService', () => {
  it('finds the first release recorded with a text, from any source', async () => {
    const first = release('embassy-nz', original, '2018-03-03T10:00:00.000Z');
    const copy = release('embassy-fj', original, '2018-03-03T11:00:00.000Z');
    await record(first, copy);
    const found = await dedupe.findExact([first.event.contentHash, 'no-such-hash']);
    expect([...found.keys()]).toEqual([first.event.contentHash]);
    expect(found.get(first.event.contentHash)!.id).toBe(first.event.id);
  });

  it('puts a reworded copy in the cluster of the recorded release, and unrelated text in none', async () => {
    const first = release('embassy-nz', original, '2018-03-03T10:00:00.000Z');
    await record(first);
    const [near, other] = [release('embassy-fj', edited, '2018-03-03T11:00:00.000Z'), release('embassy-no', unrelated, '2018-03-03T11:00:00.000Z')];
    expect(await dedupe.clustersOf([near, other].map((r) => ({ id: r.event.id, signature: r.signature })))).toEqual([first.event.id, undefined]);
  });

  it('clusters a batch as its releases would be one by one: a later copy joins an earlier one of the same batch', async () => {
    const [a, b] = [release('embassy-nz', original, '2018-03-03T10:00:00.000Z'), release('embassy-fj', edited, '2018-03-03T10:00:00.000Z')];
    expect(await dedupe.clustersOf([a, b].map((r) => ({ id: r.event.id, signature: r.signature })))).toEqual([undefined, a.event.id]);
  });

  it('counts repeated sightings of one origin, and lists each origin once, first seen first', async () => {
    const first = release('embassy-nz', original, '2018-03-03T10:00:00.000Z');
    await record(first);
    const id = first.event.id;
    await dedupe.recordFirstSightings(db.manager, [{ releaseId: id, sourceId: 'embassy-nz', url: 'https://nz.example.org/1', seenAt: '2018-03-03T10:00:00.000Z' }]);
    await dedupe.recordFirstSightings(db.manager, [{ releaseId: id, sourceId: 'embassy-nz', url: 'https://nz.example.org/1', seenAt: '2018-03-03T10:30:00.000Z' }]);
    await dedupe.recordSighting(id, 'embassy-fj', 'https://fj.example.org/a', '2018-03-03T11:00:00.000Z');
    await dedupe.recordSighting(id, 'embassy-fj', 'https://fj.example.org/a', '2018-03-03T12:00:00.000Z');
    expect(await dedupe.sightingsOf(id)).toEqual([
      { sourceId: 'embassy-nz', url: 'https://nz.example.org/1', firstSeenAt: '2018-03-03T10:00:00.000Z', lastSeenAt: '2018-03-03T10:00:00.000Z', timesSeen: 1 },
      { sourceId: 'embassy-fj', url: 'https://fj.example.org/a', firstSeenAt: '2018-03-03T11:00:00.000Z', lastSeenAt: '2018-03-03T12:00:00.000Z', timesSeen: 2 },
    ]);
  });
});
