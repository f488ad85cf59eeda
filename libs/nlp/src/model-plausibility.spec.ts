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
});
