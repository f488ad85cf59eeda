import { describe, expect, it } from 'vitest';
import { mergeSecondOpinion } from './second-opinion.merge.js';

// Shapes of real pages: a German ministry release whose two extractors disagree on the chrome.
const LEAD = 'Das Bundesministerium hat am Montag in Berlin die neuen Förderrichtlinien für kommunale Klimaschutzprojekte vorgestellt.';
const BODY = 'Gefördert werden Vorhaben, die den Energieverbrauch öffentlicher Gebäude um mindestens ein Drittel senken; Anträge sind bis Ende März möglich.';
const QUOTE = '„Wir wollen, dass jede Gemeinde den ersten Schritt gehen kann“, sagte die Ministerin bei der Vorstellung vor der Presse im Haus.';

describe('mergeSecondOpinion', () => {
  it('keeps short paragraphs both extractors keep', () => {
    expect(mergeSecondOpinion([LEAD, 'Berlin, 3. März 2025', BODY], [LEAD, 'Berlin, 3. März 2025', BODY])).toEqual([
      LEAD,
      'Berlin, 3. März 2025',
      BODY,
    ]);
  });

  it('drops short lines only ours keeps (menus, share buttons)', () => {
    expect(mergeSecondOpinion(['Startseite', LEAD, 'Teilen auf Facebook', BODY], [LEAD, BODY])).toEqual([LEAD, BODY]);
  });

  it('keeps long paragraphs only ours keeps', () => {
    expect(mergeSecondOpinion([LEAD, QUOTE, BODY], [LEAD, BODY])).toEqual([LEAD, QUOTE, BODY]);
  });

  it('appends the long paragraphs ours missed, not the short ones', () => {
    expect(mergeSecondOpinion([LEAD], [LEAD, 'Mehr zum Thema', BODY])).toEqual([LEAD, BODY]);
  });

  it('matches a short paragraph whatever the spacing and soft hyphens', () => {
    expect(mergeSecondOpinion(['Pressemit\u00ADteilung  Nr. 12', LEAD], ['Pressemitteilung Nr. 12\n' + LEAD])).toEqual([
      'Pressemit\u00ADteilung  Nr. 12',
      LEAD,
    ]);
  });

  it('returns ours unchanged without a second opinion or when nothing would be left', () => {
    expect(mergeSecondOpinion(['Kurz.', 'Auch kurz.'], [])).toEqual(['Kurz.', 'Auch kurz.']);
    expect(mergeSecondOpinion(['Kurz.', 'Auch kurz.'], ['Ganz anders.'])).toEqual(['Kurz.', 'Auch kurz.']);
  });
});
