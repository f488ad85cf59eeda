import { describe, expect, it } from 'vitest';
import { findDates } from './date.finder.js';
import { extractRelease } from './extract-release.js';

// Datelines as flattened scrapes of U.S. releases write them (samples written for these tests).
const GAP = ' '.repeat(40);
const SPACED_NUMERIC = `${GAP}Releases${GAP}03 05 2007 Every Veteran Deserves The Best Care${GAP}Recently we have heard reports that returning servicemembers get inferior care. Congress is holding hearings.`;
const LABEL_BEFORE_DATE = `${GAP}Latest News${GAP}FOR IMMEDIATE RELEASE  June 1  2005 Schumer on Donaldson Resignation${GAP}Statement from Senator Schumer on the resignation of the chairman today. He was an outstanding chairman.`;
const PAGE_DATE_ABOVE = [
  'United States Senator John Doe',
  'July 31 2008',
  'Press Releases',
  'Delegation Outlines Next Steps For Underground Science Lab',
  'July 12th 2007 Washington D C',
  'The delegation today outlined next steps for securing federal funding for the laboratory. It was announced on March 3, 2007 that the site was chosen.',
].join(`${GAP}`);
const DATELINE_THEN_PROSE = `${GAP}November 1  2007 Washington  DC       U S  Senators Jane Roe and Mary Poe today announced that the Department of Labor has approved their request for grant funding for the mill workers who lost their jobs this year through no fault of their own, after a request the two Senators sent on September 25 2007 on behalf of the workers and their families.`;
const LETTER_DATE =
  'SEN. DOE URGES AGENCY TO REVIEW BONUS AWARDS\n' +
  'Senator Doe today sent a letter expressing concerns about bonuses paid in fiscal year 2006, first reported on January 11, 2007. A copy of the letter is attached below.April 30, 2007The Honorable Richard Roe\nDear Secretary Roe:\nI write about the bonus awards.';

describe('extractRelease — datelines of flattened scrapes', () => {
  it('reads a spaced numeric dateline month first, as the lost slashes were', () => {
    const release = extractRelease({ content: SPACED_NUMERIC, format: 'text' });
    expect(release).toMatchObject({ title: 'Every Veteran Deserves The Best Care', publishedAt: '2007-03-05', dateSource: 'text' });
  });

  it('reads a spaced numeric date day first only when month first makes none', () => {
    expect(findDates('Date 17 02 2005', 'en').map((match) => match.wallTime)).toEqual([{ year: 2005, month: 2, day: 17 }]);
    expect(findDates('Contact 202 224 5972 or 864 250 1417; 13 13 2005', 'en')).toEqual([]);
  });

  it('splits a wire label and a date off a title line', () => {
    const release = extractRelease({ content: LABEL_BEFORE_DATE, format: 'text' });
    expect(release).toMatchObject({ title: 'Schumer on Donaldson Resignation', publishedAt: '2005-06-01' });
  });

  it('takes the dateline next to the headline, not the page date above the menu', () => {
    const release = extractRelease({ content: PAGE_DATE_ABOVE, format: 'text' });
    expect(release).toMatchObject({ title: 'Delegation Outlines Next Steps For Underground Science Lab', publishedAt: '2007-07-12' });
  });

  it('keeps the dateline of a release whose title is derived from its first sentence', () => {
    const release = extractRelease({ content: DATELINE_THEN_PROSE, format: 'text' });
    expect(release).toMatchObject({ titleSource: 'derived', publishedAt: '2007-11-01', dateSource: 'text' });
  });

  it('prefers a date standing on its own line in the body (a letter) to an older date a sentence mentions', () => {
    const release = extractRelease({ content: LETTER_DATE, format: 'text' });
    expect(release.publishedAt).toBe('2007-04-30');
    expect(release.paragraphs).toContain('The Honorable Richard Roe');
  });

  it('reads no date out of "the day after"', () => {
    expect(findDates('The day after our tragedy, we acted.', 'en')).toEqual([]);
  });
});
