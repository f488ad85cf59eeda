import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ReleaseIndexedV1 } from '@demarche/contracts';
import { toNinjs } from './ninjs.js';

const release = JSON.parse(
  readFileSync(new URL('../../../../libs/contracts/src/release-indexed/fixtures/v1.sample.json', import.meta.url), 'utf8'),
) as ReleaseIndexedV1;

describe('ninjs document', () => {
  it('carries headline, body, subjects, places, ids and why it matched', () => {
    const why = [{ rule: 'entity' as const, value: 'Q45', evidence: 'Portugal (country)' }];
    const doc = toNinjs(release, { feed: 'sub:sub_1', why, alsoPublishedBy: [] });
    expect(doc.uri).toBe(`urn:demarche:release:${release.id}`);
    expect(doc.headlines[0].value).toBe(release.title);
    expect(doc.bodies[0].value).toContain('homólogo portugués');
    expect(doc.subjects).toEqual([{ name: 'politics', uri: 'medtop:11000000' }]);
    expect(doc.places.map((p) => p.name)).toEqual(['Madrid', 'Portugal', 'ES', 'PT']);
    expect(doc.genres).toEqual([{ name: 'meeting', uri: 'urn:demarche:event-type:meeting' }]);
    expect(doc.demarche.why).toEqual(why);
    expect(doc.demarche.translations[0].language).toBe('en');
  });
});
