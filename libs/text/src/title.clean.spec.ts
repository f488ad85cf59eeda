import { describe, expect, it } from 'vitest';
import { cleanTitle } from './title.clean.js';

describe('cleanTitle', () => {
  it.each([
    ['Talks with Norway | Embassy of Russia in India', undefined, 'Talks with Norway'],
    ['Embassy of Russia in India | Talks with Norway', undefined, 'Talks with Norway'],
    ['Talks with Norway - Ministry of Foreign Affairs', undefined, 'Talks with Norway'],
    ['Talks with Norway — The Daily Bulletin', 'The Daily Bulletin', 'Talks with Norway'],
    ['Entretien avec son homologue - Ambassade de France en Inde', undefined, 'Entretien avec son homologue'],
    ['Переговоры с Норвегией - Посольство России в Индии', undefined, 'Переговоры с Норвегией'],
    ['Foreign Ministry comment - 5 May', undefined, 'Foreign Ministry comment - 5 May'],
    ['Russia-India talks - a new chapter', undefined, 'Russia-India talks - a new chapter'],
    ['  Talks\u00a0with   Norway ', undefined, 'Talks with Norway'],
  ])('%s → %s', (raw, siteName, expected) => {
    expect(cleanTitle(raw, siteName)).toBe(expected);
  });
});

describe('cleanTitle — colons and Han site names', () => {
  it('splits a site name off a <title> at a colon only when asked, and only a site name', () => {
    expect(cleanTitle('Auswärtiges Amt: Generalkonsulat stellt Notfallreisedokumente aus', undefined, { colon: true })).toBe('Generalkonsulat stellt Notfallreisedokumente aus');
    expect(cleanTitle('Communiqué de l’Ambassade : semaine de la francophonie', undefined, { colon: true })).toBe('Communiqué de l’Ambassade : semaine de la francophonie');
    expect(cleanTitle('Auswärtiges Amt: Generalkonsulat stellt Notfallreisedokumente aus')).toBe('Auswärtiges Amt: Generalkonsulat stellt Notfallreisedokumente aus');
  });

  it('recognises a Han site name by the institution it ends with', () => {
    expect(cleanTitle('中华人民共和国外交部: 驻外使馆举办庆祝国际妇女节招待会', undefined, { colon: true })).toBe('驻外使馆举办庆祝国际妇女节招待会');
    expect(cleanTitle('外交部发言人答记者问 - 中华人民共和国驻印度大使馆')).toBe('外交部发言人答记者问');
  });
});
