import { describe, expect, it } from 'vitest';
import { classifyLine, cleanParagraphs } from './furniture.filter.js';

describe('cleanParagraphs — bodies pushed as JSON', () => {
  it('splits a body string on line breaks and blank lines', () => {
    expect(cleanParagraphs(['First paragraph.\n\nSecond paragraph.\r\nThird paragraph.'])).toEqual([
      'First paragraph.',
      'Second paragraph.',
      'Third paragraph.',
    ]);
  });

  it('normalises whitespace inside paragraphs and drops empty entries', () => {
    expect(cleanParagraphs(['  The  minister\u00a0met\tthe ambassador. ', '', '   '])).toEqual([
      'The minister met the ambassador.',
    ]);
  });

  it('removes e-mail cloaking notices, also when glued to the next sentence', () => {
    expect(
      cleanParagraphs([
        'This email address is being protected from spambots. You need JavaScript enabled to view it.Accreditation requests are accepted until Friday.',
      ]),
    ).toEqual(['Accreditation requests are accepted until Friday.']);
  });

  it('removes the Russian, French and Spanish cloaking notices', () => {
    expect(
      cleanParagraphs([
        'Body text.',
        'Адрес электронной почты защищен от спам-ботов. Для просмотра адреса в вашем браузере должен быть включен Javascript.',
        'Cette adresse e-mail est protégée contre les robots spammeurs. Vous devez activer le JavaScript pour la visualiser.',
        'Esta dirección de correo electrónico está siendo protegida contra los robots de spam. Necesita tener JavaScript habilitado para poder verlo.',
      ]),
    ).toEqual(['Body text.']);
  });

  it('drops picture credits and ad labels, keeps prose about photos', () => {
    expect(cleanParagraphs(['The terminal opened on Monday.', 'Credit:', 'Photo: Harbour authority', 'Crédits photos : Bestimage', 'Advertisement:', 'Photos of the hall show a bright room.'])).toEqual([
      'The terminal opened on Monday.',
      'Photos of the hall show a bright room.',
    ]);
  });

  it('cuts at a furniture heading', () => {
    expect(cleanParagraphs(['Body text.', 'Related articles', 'Other release'])).toEqual(['Body text.']);
  });

  it('keeps a salutation ending in a comma inside the body', () => {
    expect(cleanParagraphs(['Dear friends,', 'I am glad to welcome you in Delhi.'])).toEqual([
      'Dear friends,',
      'I am glad to welcome you in Delhi.',
    ]);
  });

  it('keeps a sentence that mentions a phone number, drops a bare contact line', () => {
    expect(
      cleanParagraphs([
        'Citizens in distress can call the hotline at +91-81-3030-0551 around the clock.',
        'Hotline: +91-81-3030-0551',
        'Press office: press@embassy.example.org',
      ]),
    ).toEqual(['Citizens in distress can call the hotline at +91-81-3030-0551 around the clock.']);
  });

  it('drops consecutive duplicates', () => {
    expect(cleanParagraphs(['Same line.', 'Same line.', 'Other line.'])).toEqual(['Same line.', 'Other line.']);
  });
});

describe('classifyLine', () => {
  it.each([
    ['Popular articles', 'stop'],
    ['POPULAR ARTICLES:', 'stop'],
    ['Читайте также', 'stop'],
    ['Lea también', 'stop'],
    ['Tags: Russia, India', 'stop'],
    ['© 2017 Ministry of Foreign Affairs', 'stop'],
    ['We use cookies to give you the best experience. Accept', 'stop'],
    ['Home', 'drop'],
    ['Home › News › Statements', 'drop'],
    ['(91-11) 2687 38 02;', 'drop'],
    ['Shantipath, Chanakyapuri, New Delhi - 110021', 'drop'],
    ['ул. Смоленская-Сенная, д. 32/34', 'drop'],
    ['https://www.example.org/news/1', 'drop'],
    ['Thursday, 07 September 2017 17:44', 'drop'],
    ['Read also: Lavrov meets Tillerson', 'drop'],
    ['The ministers discussed the situation in Syria.', 'keep'],
    ['Trade and investment', 'keep'],
    ['On 5 September 2017 the ministers met in Xiamen.', 'keep'],
  ])('%s → %s', (line, verdict) => {
    expect(classifyLine(line)).toBe(verdict);
  });
});

describe('cleanParagraphs — CMS leftovers', () => {
  it('drops view counters, skip links and back links, keeping sentences with numbers', () => {
    expect(
      cleanParagraphs(['Skip to content', 'Hits: 1234', 'Просмотров: 56', '← Back to news', 'The ministry received 1234 applications in May.']),
    ).toEqual(['The ministry received 1234 applications in May.']);
  });
});
