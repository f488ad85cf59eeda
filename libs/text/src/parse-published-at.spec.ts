import { describe, expect, it } from 'vitest';
import { extractRelease } from './extract-release.js';
import { parsePublishedAt } from './parse-published-at.js';

describe('parsePublishedAt — datelines in many formats and languages', () => {
  it.each([
    ['Thursday, 07 September 2017 17:44', undefined, '2017-09-07T17:44:00'],
    ['September 5, 2017', undefined, '2017-09-05'],
    ['September 5, 2017, 2:30 pm', undefined, '2017-09-05T14:30:00'],
    ['5 September 2017', undefined, '2017-09-05'],
    ['5 Sept. 2017', undefined, '2017-09-05'],
    ['Posted on 7 Sep 2017 at 17:44', undefined, '2017-09-07T17:44:00'],
    ['05.09.2017', undefined, '2017-09-05'],
    ['05/09/2017 14:30', undefined, '2017-09-05T14:30:00'],
    ['2017-09-05', undefined, '2017-09-05'],
    ['2017-09-05T14:30:00+03:00', undefined, '2017-09-05T14:30:00+03:00'],
    ['2017-09-05T11:30:00.000Z', undefined, '2017-09-05T11:30:00+00:00'],
    ['5 сентября 2017 года', 'ru', '2017-09-05'],
    ['5 сентября 2017 г., 14:30', 'ru', '2017-09-05T14:30:00'],
    ['Четверг, 7 сентября 2017 17:44', 'ru', '2017-09-07T17:44:00'],
    ['5 вересня 2017 року', 'uk', '2017-09-05'],
    ['2017年9月5日', 'zh', '2017-09-05'],
    ['2017年9月5日 14:30', 'zh', '2017-09-05T14:30:00'],
    ['5 septembre 2017', 'fr', '2017-09-05'],
    ['jeudi 7 septembre 2017 à 17h44', 'fr', '2017-09-07T17:44:00'],
    ['1er septembre 2017', 'fr', '2017-09-01'],
    ['5 de septiembre de 2017', 'es', '2017-09-05'],
    ['jueves, 7 de septiembre de 2017 17:44', 'es', '2017-09-07T17:44:00'],
    ['5. September 2017', 'de', '2017-09-05'],
    ['5 de setembro de 2017', 'pt', '2017-09-05'],
  ])('%s (%s) → %s', (text, language, expected) => {
    expect(parsePublishedAt(text, { language })).toBe(expected);
  });

  it('finds non-English dates without a language hint', () => {
    expect(parsePublishedAt('5 сентября 2017 года')).toBe('2017-09-05');
    expect(parsePublishedAt('5 de septiembre de 2017')).toBe('2017-09-05');
    expect(parsePublishedAt('2017年9月5日')).toBe('2017-09-05');
  });

  it('reads numeric dates day first', () => {
    expect(parsePublishedAt('04/09/2017')).toBe('2017-09-04');
  });

  it('returns undefined for text without a full written date', () => {
    expect(parsePublishedAt('yesterday')).toBeUndefined();
    expect(parsePublishedAt('On September 5 the minister met')).toBeUndefined();
    expect(parsePublishedAt('')).toBeUndefined();
  });
});

describe('parsePublishedAt — timezone resolution', () => {
  it.each([
    ['Thursday, 07 September 2017 17:44', 'Asia/Kolkata', '2017-09-07T17:44:00+05:30'],
    ['1 July 2010 12:00', 'Europe/Moscow', '2010-07-01T12:00:00+04:00'],
    ['1 July 2017 12:00', 'Europe/Moscow', '2017-07-01T12:00:00+03:00'],
    ['15 January 2024 09:00', 'America/New_York', '2024-01-15T09:00:00-05:00'],
    ['15 July 2024 09:00', 'America/New_York', '2024-07-15T09:00:00-04:00'],
    ['5 September 2017 14:30', 'Asia/Kathmandu', '2017-09-05T14:30:00+05:45'],
  ])('%s in %s → %s (that zone’s offset on that day)', (text, timezone, expected) => {
    expect(parsePublishedAt(text, { timezone })).toBe(expected);
  });

  it('shows a written offset as the same instant in the source zone', () => {
    expect(parsePublishedAt('2017-09-05T14:30:00+03:00', { timezone: 'Asia/Kolkata' })).toBe(
      '2017-09-05T17:00:00+05:30',
    );
  });

  it('keeps a date without a time as a date, whatever the zone', () => {
    expect(parsePublishedAt('5 September 2017', { timezone: 'Pacific/Kiritimati' })).toBe('2017-09-05');
  });

  it('moves a local time that does not exist (spring-forward gap) to the first valid one', () => {
    expect(parsePublishedAt('28.03.2021 02:30', { timezone: 'Europe/Berlin' })).toBe('2021-03-28T03:30:00+02:00');
  });

  it('gives the same result through extractRelease', () => {
    const release = extractRelease({
      content: 'Statement on the summit\n\n5 сентября 2017 г., 14:30\n\nThe ministers met in Xiamen.',
      format: 'text',
      timezone: 'Asia/Shanghai',
    });
    expect(release.publishedAt).toBe('2017-09-05T14:30:00+08:00');
  });
});

describe('parsePublishedAt — Han datelines', () => {
  it('reads a labelled Han dateline but not a clause that opens with a date', async () => {
    const { parseDateline } = await import('./date.finder.js');
    expect(parseDateline('发布时间：2017年9月5日')).toMatchObject({ year: 2017, month: 9, day: 5 });
    expect(parseDateline('2020年11月15日，区域全面经济伙伴关系协定以视频方式正式签署。')).toBeUndefined();
  });
});
