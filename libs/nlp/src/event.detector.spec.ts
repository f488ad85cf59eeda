import { describe, expect, it } from 'vitest';
import { enrichRelease } from './enrich-release.js';
import { eventDate } from './event.detector.js';

describe('eventDate — Chinese', () => {
  it('reads month and day, taking the year from publication', () => {
    expect(eventDate('9月5日，王毅同美国国务卿通电话。', '2017-09-07')).toBe('2017-09-05');
    expect(eventDate('9月5号，双方举行会谈。', '2017-09-07')).toBe('2017-09-05');
  });

  it('reads a full date with its own year', () => {
    expect(eventDate('2016年12月30日，两国外长举行会谈。', '2017-01-02')).toBe('2016-12-30');
  });

  it('puts a late-December date in a January release in the previous year', () => {
    expect(eventDate('12月30日，两国外长通电话。', '2018-01-02')).toBe('2017-12-30');
  });

  it('reads full-width digits', () => {
    expect(eventDate('９月５日，双方会见。', '2017-09-07')).toBe('2017-09-05');
  });

  it('ignores impossible months and days', () => {
    expect(eventDate('13月5日', '2017-09-07')).toBeUndefined();
    expect(eventDate('9月32日', '2017-09-07')).toBeUndefined();
  });
});

describe('eventDate — Arabic', () => {
  it('reads the Egyptian/Gulf month names', () => {
    expect(eventDate('أجرى وزير الخارجية في 5 سبتمبر اتصالا هاتفيا', '2017-09-07')).toBe('2017-09-05');
  });

  it('reads the Levantine month names, including two-word ones', () => {
    expect(eventDate('التقى الوزيران في 5 أيلول', '2017-09-07')).toBe('2017-09-05');
    expect(eventDate('في 3 كانون الثاني 2018 عقد الجانبان محادثات', '2018-01-10')).toBe('2018-01-03');
    expect(eventDate('في 20 تشرين الأول', '2018-10-22')).toBe('2018-10-20');
  });

  it('reads Eastern Arabic and Persian digits', () => {
    expect(eventDate('في ٥ سبتمبر', '2017-09-07')).toBe('2017-09-05');
    expect(eventDate('في ۱۲ نوفمبر ۲۰۱۹', '2019-11-20')).toBe('2019-11-12');
  });

  it('reads the paired form "سبتمبر/أيلول" with a year', () => {
    expect(eventDate('في 5 سبتمبر/أيلول 2017', '2017-09-10')).toBe('2017-09-05');
    expect(eventDate('يوم 5 سبتمبر (أيلول) عام 2017', '2017-09-10')).toBe('2017-09-05');
  });

  it('needs a day before the month and a whole month name', () => {
    expect(eventDate('في شهر سبتمبر', '2017-09-07')).toBeUndefined();
    expect(eventDate('في 5 مارسيل', '2017-09-07')).toBeUndefined();
  });
});

describe('detectEvent — dates in Chinese and Arabic releases', () => {
  it('dates a Chinese telephone conversation', () => {
    const r = enrichRelease({
      title: '王毅同美国国务卿蒂勒森通电话',
      paragraphs: ['2017年9月5日，外交部长王毅应美方请求同美国国务卿蒂勒森通电话。'],
      language: 'zh',
      publishedAt: '2017-09-06',
    });
    expect(r.event).toMatchObject({ type: 'telephone-conversation', date: '2017-09-05' });
  });

  it('dates an Arabic telephone conversation written with Eastern Arabic digits', () => {
    const r = enrichRelease({
      title: 'لافروف يجري اتصالا هاتفيا مع تيلرسون',
      paragraphs: ['في ٥ سبتمبر أجرى وزير الخارجية الروسي لافروف اتصالا هاتفيا مع تيلرسون.'],
      language: 'ar',
      publishedAt: '2017-09-07',
    });
    expect(r.event).toMatchObject({ type: 'telephone-conversation', date: '2017-09-05' });
  });

  it('gives no separate date when the event is on the publication day', () => {
    const r = enrichRelease({ title: '王毅会见来访的外国外长', paragraphs: ['9月5日，王毅在北京会见外长。'], language: 'zh', publishedAt: '2017-09-05' });
    expect(r.event?.date).toBeUndefined();
  });
});
