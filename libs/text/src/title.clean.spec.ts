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
