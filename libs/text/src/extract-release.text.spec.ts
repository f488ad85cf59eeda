import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractRelease } from './extract-release.js';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

const BODY_EN = [
  'On March 13, Deputy Foreign Minister Andrey Morozov received Ambassador of the Kingdom of Norway to India Kari Hansen at her request.',
  'The parties exchanged views on cooperation in the Arctic Council and on the situation in the Barents region. Mr Morozov noted that practical work in the fields of fisheries, search and rescue at sea and environmental protection remains in the interest of both countries. He called for keeping these channels open regardless of the political climate.',
  'Turning to the agenda of the UN General Assembly, Mr Morozov outlined Russia’s approach to the draft resolutions on ocean governance and stressed that decisions on the use of marine resources must rest on the UN Convention on the Law of the Sea. Ms Hansen informed him of Norway’s priorities for the coming session.',
  'The sides also discussed consular matters, including the issuance of visas to researchers and crews of fishing vessels. They agreed to continue contacts at the level of experts and to meet again before the end of the year.',
];

describe('extractRelease — scraped embassy text (seed layout)', () => {
  const content = fixture('embassy-release.en.txt');

  it('keeps the title as written, typographic apostrophe included', () => {
    expect(extractRelease({ content, format: 'text' }).title).toBe(
      'Deputy Foreign Minister A.Morozov’s meeting with Ambassador of Norway to India K.Hansen',
    );
  });

  it('reads the dateline as page-local wall time', () => {
    expect(extractRelease({ content, format: 'text' }).publishedAt).toBe('2023-03-14T11:05:00');
  });

  it('returns exactly the four body paragraphs, nothing from "Popular articles" on', () => {
    expect(extractRelease({ content, format: 'text' }).paragraphs).toEqual(BODY_EN);
  });

  it('adds the offset of the source timezone to the same local time', () => {
    expect(extractRelease({ content, format: 'text', timezone: 'Asia/Kolkata' }).publishedAt).toBe(
      '2023-03-14T11:05:00+05:30',
    );
  });

  it('detects English and uses the given url as canonical url', () => {
    const release = extractRelease({ content, format: 'text', url: 'https://embassy.example.org/news/1234' });
    expect(release.language).toBe('en');
    expect(release.canonicalUrl).toBe('https://embassy.example.org/news/1234');
  });

  it('has no canonical url when none is given', () => {
    expect(extractRelease({ content, format: 'text' })).not.toHaveProperty('canonicalUrl');
  });

  it('handles CRLF line ends the same way', () => {
    expect(extractRelease({ content: content.replace(/\n/g, '\r\n'), format: 'text' }).paragraphs).toEqual(BODY_EN);
  });

  it('still stops at the teasers and the address when the "Popular articles" heading is missing', () => {
    const withoutHeading = content.replace('Popular articles\n', '');
    expect(extractRelease({ content: withoutHeading, format: 'text' }).paragraphs).toEqual(BODY_EN);
  });

  it('drops the trailing contact block when there are no teasers at all', () => {
    const contactsOnly = content.replace(/Popular articles[\s\S]*?(?=Emergency phone)/u, '');
    expect(extractRelease({ content: contactsOnly, format: 'text' }).paragraphs).toEqual(BODY_EN);
  });
});

describe('extractRelease — furniture headings', () => {
  const body = [
    'Statement by the Ministry on the referendum',
    '',
    '5 September 2017',
    '',
    'The Ministry takes note of the results of the referendum held on Sunday and calls for calm.',
    'We urge all sides to refrain from steps that could lead to an escalation of tensions.',
  ];
  const expected = body.slice(4);

  it.each([
    'Related articles',
    'Read also',
    'See also:',
    'Latest news',
    'Share',
    'Share: Facebook Twitter',
    'Print',
    'Tags: referendum, elections',
    'This website uses cookies. By continuing to browse you accept our cookie policy.',
    'All rights reserved',
    '© 2017 Embassy of the Republic',
    'Популярные статьи',
    'Читайте также',
    'Articles populaires',
    'Lire aussi',
    'Artículos populares',
    'Lea también',
  ])('cuts everything from "%s" on', (heading) => {
    const content = [...body, '', heading, 'Ambassador attends a concert of folk music in the capital', 'Some more text of another item.'].join('\n');
    expect(extractRelease({ content, format: 'text' }).paragraphs).toEqual(expected);
  });

  it('cuts at a teaser list: a date line followed by a title cut short', () => {
    const content = [...body, '', '03 September 2017', 'Foreign Minister’s interview to the newspaper…', 'More text of another item.'].join('\n');
    expect(extractRelease({ content, format: 'text' }).paragraphs).toEqual(expected);
  });

  it('drops contact lines, e-mail cloaking notices and digit-only lines wherever they are', () => {
    const content = [
      ...body.slice(0, 5),
      'Tel.: +7 (495) 244-16-06',
      '(91-11) 2611-0640/41/42;',
      'This email address is being protected from spambots. You need JavaScript enabled to view it.',
      body[5],
    ].join('\n');
    expect(extractRelease({ content, format: 'text' }).paragraphs).toEqual(expected);
  });
});

describe('extractRelease — layouts', () => {
  it('takes the title after a leading dateline', () => {
    const release = extractRelease({
      content: '12.03.2024\nStatement on the elections in Country X\nThe ministry welcomes the peaceful conduct of the elections.',
      format: 'text',
    });
    expect(release.title).toBe('Statement on the elections in Country X');
    expect(release.publishedAt).toBe('2024-03-12');
    expect(release.paragraphs).toEqual(['The ministry welcomes the peaceful conduct of the elections.']);
  });

  it('joins hard-wrapped lines of one paragraph', () => {
    const release = extractRelease({
      content: 'Statement on the elections\n\nThe ministry welcomes the peaceful\nconduct of the elections and calls on\nall parties to respect the results.\n\nA second paragraph.',
      format: 'text',
    });
    expect(release.paragraphs).toEqual([
      'The ministry welcomes the peaceful conduct of the elections and calls on all parties to respect the results.',
      'A second paragraph.',
    ]);
  });

  it('falls back to the first full date in the body when there is no dateline', () => {
    const release = extractRelease({
      content: 'Statement on the elections\n\nThe ministry welcomes the elections held on 3 March 2024 in Country X.',
      format: 'text',
    });
    expect(release.publishedAt).toBe('2024-03-03');
  });

  it('takes no date from furniture when neither dateline nor body has one', () => {
    const release = extractRelease({
      content: 'Statement on the elections\n\nThe ministry welcomes the elections in Country X.\n\nLatest news\n\n01 March 2024\nAnother statement about...',
      format: 'text',
    });
    expect(release).not.toHaveProperty('publishedAt');
  });

  it('honours a language hint, region subtag and all', () => {
    const release = extractRelease({ content: fixture('comunicado.es.txt'), format: 'text', language: 'pt-BR' });
    expect(release.language).toBe('pt');
  });
});
