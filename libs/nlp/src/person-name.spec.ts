import { describe, expect, it } from 'vitest';
import { familyName, normalizePersonName, unlinkedId } from './person-name.js';

describe('person names as one entity whatever their spelling', () => {
  it('drops honorifics, middle initials with or without their full stop, suffixes and a possessive', () => {
    expect(['Antony J. Blinken', 'Sen. Charles E Schumer', 'Charles E. Schumer', 'Mr. John Smith Jr.', "Mwangi's"].map(normalizePersonName)).toEqual([
      'Antony Blinken',
      'Charles Schumer',
      'Charles Schumer',
      'John Smith',
      'Mwangi',
    ]);
  });

  it('gives one id to the spellings of one name, and a Cyrillic name its English romanisation', () => {
    expect(unlinkedId('person', 'Charles E Schumer')).toBe(unlinkedId('person', 'Charles E. Schumer'));
    expect(unlinkedId('person', 'Михаил Богданов')).toBe('unlinked:person:mikhail-bogdanov');
    expect(familyName('Sen. Kay Bailey Hutchison')).toBe('Hutchison');
  });
});
