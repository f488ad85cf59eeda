import { describe, expect, it } from 'vitest';
import { extractRelease } from './extract-release.js';

// Shapes of real scraped releases (written for these tests after real archives' layouts).
const RUN_IN_PLACE =
  'Akaka Welcomes Funding for Native Hawaiian Health Care WASHINGTON, D.C. -- U.S. Senator Daniel K. Akaka (D-HI) announced today that the Native Hawaiian Health Care Systems will receive $4.2 million in federal funding. ' +
  'The funds support clinics on five islands.\n\n"This is good news for our communities," said Akaka.';
const RUN_IN_DATE =
  '                    Alexander  Frist Applaud Grant Funding To Aid Tennessee Fire Departments          February 9th  2005   WASHINGTON   U S  Senators Bill Frist and Lamar Alexander today applauded the award of grants to volunteer fire departments across Tennessee.     The grants pay for equipment and training.';
const NO_TITLE =
  'Washington, D.C. - United States Senator Daniel K. Akaka (D-HI) announced today that the Senate passed his bill to extend the Native Hawaiian education programs for another five years, securing support for schools across the state. ' +
  'The bill now goes to the House.';
const DATE_IN_TITLE_LINE =
  'October 10 2007 Clinton King Call on Army Corps of Engineers to Expedite Dredging of Jones Inlet\nSenators today urged the Army Corps of Engineers to speed up the dredging of Jones Inlet, which boaters say has become dangerous.';

describe('extractRelease — releases without a separate title line', () => {
  it('splits a headline run into a place dateline off as the title', () => {
    const release = extractRelease({ content: RUN_IN_PLACE, format: 'text' });
    expect(release.title).toBe('Akaka Welcomes Funding for Native Hawaiian Health Care');
    expect(release.titleSource).toBe('derived');
    expect(release.paragraphs[0]).toMatch(/^WASHINGTON, D\.C\. -- U\.S\. Senator Daniel K\. Akaka/u);
    expect(release.paragraphs.at(-1)).toBe('"This is good news for our communities," said Akaka.');
  });

  it('splits a headline run into a written date off, and takes that date', () => {
    const release = extractRelease({ content: RUN_IN_DATE, format: 'text' });
    expect(release.title).toBe('Alexander Frist Applaud Grant Funding To Aid Tennessee Fire Departments');
    expect(release).toMatchObject({ publishedAt: '2005-02-09', dateSource: 'text' });
    expect(release.paragraphs.join(' ')).toContain('today applauded the award of grants');
  });

  it('derives the title from the first sentence, cut at a word, when there is no headline', () => {
    const release = extractRelease({ content: NO_TITLE, format: 'text' });
    expect(release.titleSource).toBe('derived');
    expect(release.title.length).toBeLessThanOrEqual(151);
    expect(release.title).toMatch(/^United States Senator Daniel K\. Akaka \(D-HI\) announced today that the Senate passed his bill .*…$/u);
    expect(release.paragraphs.join(' ')).toContain('The bill now goes to the House.');
  });

  it('reads a date written at the start of the title line and keeps it out of the title', () => {
    const release = extractRelease({ content: DATE_IN_TITLE_LINE, format: 'text' });
    expect(release).toMatchObject({ title: 'Clinton King Call on Army Corps of Engineers to Expedite Dredging of Jones Inlet', titleSource: 'markup', publishedAt: '2007-10-10' });
  });
});

describe('extractRelease — dates', () => {
  const body = 'Statement on the opening of the consulate\n\nThe Minister will open the new consulate in the presence of the Governor. The ceremony is public.';

  it('has no date when the text states none and no fetch time is given', () => {
    const release = extractRelease({ content: body, format: 'text' });
    expect(release.publishedAt).toBeUndefined();
    expect(release.dateSource).toBeUndefined();
  });

  it('falls back to the fetch time and says so', () => {
    expect(extractRelease({ content: body, format: 'text', fetchedAt: '2026-11-02T08:00:00Z' })).toMatchObject({
      publishedAt: '2026-11-02T08:00:00.000Z',
      dateSource: 'ingest',
    });
  });

  it('never takes a date after the fetch time: a trip announced for later is a mention', () => {
    const content = 'Minister to travel to Chile\n\nThe Minister will travel to Santiago on 27 June 2030 to meet the Foreign Minister of Chile.\n\nHe visited Lima on 3 March 2026.';
    expect(extractRelease({ content, format: 'text', fetchedAt: '2026-05-01T00:00:00Z' })).toMatchObject({ publishedAt: '2026-03-03', dateSource: 'text' });
  });

  it('takes a stated date (a feed pubDate) as stated, over dates in the text', () => {
    const content = '<p>The Minister will travel to Santiago June 27-June 30, 2019 to meet the Foreign Minister of Chile.</p>';
    const release = extractRelease({ content, format: 'html', title: 'Minister to travel to Chile', publishedAt: '2019-05-27T10:00:00Z', dateSource: 'feed', fetchedAt: '2019-05-27T12:00:00Z' });
    expect(release).toMatchObject({ title: 'Minister to travel to Chile', titleSource: 'given', dateSource: 'feed', publishedAt: '2019-05-27T10:00:00+00:00' });
    expect(release.paragraphs).toEqual(['The Minister will travel to Santiago June 27-June 30, 2019 to meet the Foreign Minister of Chile.']);
  });

  it('lets a weak hint (Last-Modified) yield to a near dateline, and stand in for a far one', () => {
    const content = 'Talks with Chile\n\n5 May 2019\n\nThe ministers met in Santiago and signed two agreements on trade and science.';
    expect(extractRelease({ content, format: 'text', publishedAt: '2019-05-08', dateSource: 'http' })).toMatchObject({ publishedAt: '2019-05-05', dateSource: 'text' });
    expect(extractRelease({ content, format: 'text', publishedAt: '2023-01-08', dateSource: 'http' })).toMatchObject({ publishedAt: '2023-01-08', dateSource: 'http' });
  });
});

describe('extractRelease — a stated title', () => {
  it('is used as stated with a JSON body, and the body keeps its first line', () => {
    const release = extractRelease({ content: 'The ministers met in Santiago.\nThey signed two agreements.', format: 'text', title: 'Talks with Chile' });
    expect(release).toMatchObject({ title: 'Talks with Chile', titleSource: 'given' });
    expect(release.paragraphs).toEqual(['The ministers met in Santiago.', 'They signed two agreements.']);
  });

  it('is used as stated with a whole HTML page, whose own headline leaves the body', () => {
    const html = '<html><head><title>News | Ministry</title></head><body><h1>Talks with Chile held</h1><p>The ministers met in Santiago and signed two agreements on trade.</p></body></html>';
    const release = extractRelease({ content: html, format: 'html', title: 'Talks with Chile' });
    expect(release).toMatchObject({ title: 'Talks with Chile', titleSource: 'given', paragraphs: ['The ministers met in Santiago and signed two agreements on trade.'] });
  });

  it('says markup when the title comes from the page', () => {
    const html = '<html><body><h1>Talks with Chile held</h1><p>The ministers met in Santiago and signed two agreements on trade.</p></body></html>';
    expect(extractRelease({ content: html, format: 'html' })).toMatchObject({ title: 'Talks with Chile held', titleSource: 'markup' });
  });
});

describe('extractRelease — labels and furniture of real archives', () => {
  it('takes neither a wire label for the title nor the site clock for the date', () => {
    const content = 'FOR IMMEDIATE RELEASE\nToday: July 24, 2008\nSenator Urges Review of Base Closure Plan\nMarch 10, 2006\nThe Senator today asked the Pentagon to review its plan to move jobs from the base.';
    expect(extractRelease({ content, format: 'text' })).toMatchObject({ title: 'Senator Urges Review of Base Closure Plan', publishedAt: '2006-03-10' });
  });

  it('reads a month name glued to the word before it', () => {
    const content = 'Senator Announces Grants for Fire Departments\nNews Release FOR IMMEDIATE RELEASEFebruary 17 2005 Contact Press Office\nThe Senator today announced grants for fire departments across the state.';
    expect(extractRelease({ content, format: 'text' }).publishedAt).toBe('2005-02-17');
  });

  it('ends the body where a comment section starts, in German too', () => {
    const html = '<html><body><article><h1>Neue Radwege in Salzburg</h1><p>Die Stadt eröffnet im Sommer drei neue Radwege entlang der Salzach und durch die Altstadt.</p>' +
      '<h3>Schreibe einen Kommentar</h3><p>Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind markiert.</p><p>Diese Website verwendet Akismet, um Spam zu reduzieren.</p></article></body></html>';
    expect(extractRelease({ content: html, format: 'html' }).paragraphs).toEqual(['Die Stadt eröffnet im Sommer drei neue Radwege entlang der Salzach und durch die Altstadt.']);
  });
});

describe('extractRelease — the seed release stays exact', () => {
  it('reads the embassy page text of samples/ as before: title, dateline, four paragraphs, no furniture', async () => {
    const { readFileSync } = await import('node:fs');
    const content = readFileSync(new URL('../../../samples/releases/lavrov-tillerson-telephone-conversation.txt', import.meta.url), 'utf8');
    const release = extractRelease({ content, format: 'text', timezone: 'Asia/Kolkata' });
    expect(release).toMatchObject({
      title: 'Foreign Minister S.Lavrov’s telephone conversation with US Secretary of State R.Tillerson',
      titleSource: 'markup',
      publishedAt: '2017-09-07T17:44:00+05:30',
      dateSource: 'text',
      language: 'en',
    });
    expect(release.paragraphs).toHaveLength(4);
    expect(release.paragraphs[0]).toBe('On September 5, Russian Foreign Minister Sergey Lavrov had a telephone conversation with US Secretary of State Rex Tillerson at the US initiative.');
    expect(release.paragraphs[3]).toMatch(/^When discussing bilateral relations, .* in response to Washington’s unlawful actions\.$/u);
  });
});
