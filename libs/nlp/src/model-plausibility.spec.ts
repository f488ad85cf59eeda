import { describe, expect, it } from 'vitest';
import { enrichRelease } from './enrich-release.js';
import { model, release } from './model-linking.stub.js';

describe('what the model proposes that is no name', () => {
  it('takes no award, chair or school named after a person for the person, nor a scraped headline list for a body', () => {
    const r = release([
      'Stevens received the Ralph Lowell Medal and endowed the Betty Rutherford Chair. Professor Lawrence Chan of Virginia Tech spoke.',
      'Related releases  Hawaii Residents Could See Retirement Benefit Cuts  Congress Extends Pryor Tax Credit  U S Senators Bill Frist R TN and Lamar Alexander',
    ]);
    const found = model(r, [['Ralph Lowell Medal', 'PER'], ['Betty Rutherford Chair', 'PER'], ['Lawrence Chan', 'PER'], ['Virginia Tech', 'PER'], ['Hawaii Residents Could See Retirement Benefit Cuts', 'ORG'], ['Congress Extends Pryor', 'ORG'], ['U S Senators Bill Frist R TN', 'ORG'], ['Lamar Alexander', 'PER']]);
    const e = enrichRelease(r, undefined, found);
    expect(e.entities.map((x) => x.id).sort()).toEqual(['unlinked:organization:virginia-tech', 'unlinked:person:lamar-alexander', 'unlinked:person:lawrence-chan']);
  });

  it('takes a feature of the earth named after a person for a place, and keeps a name a title pattern ran into', () => {
    const r = release(['Vessels were harassed near Second Thomas Shoal. Assistant Secretary for East Asian and Pacific Affairs Daniel J. Kritenbrink joined.']);
    const e = enrichRelease(r, undefined, model(r, [['Thomas Shoal', 'PER'], ['Daniel J. Kritenbrink', 'PER']]));
    expect(e.entities.map((x) => [x.id, x.name])).toEqual([['unlinked:location:thomas-shoal', 'Thomas Shoal'], ['unlinked:person:daniel-kritenbrink', 'Daniel Kritenbrink']]);
  });
});
