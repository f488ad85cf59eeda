import { describe, expect, it } from 'vitest';
import { AliasMatcher } from './alias.matcher.js';
import { foldText } from './text-fold.js';

const matcher = new AliasMatcher([
  { alias: 'Russia', value: 'RU' },
  { alias: 'US', value: 'US' },
  { alias: 'United States', value: 'US' },
  { alias: 'United States of America', value: 'US' },
  { alias: 'Россия', value: 'RU' },
  { alias: 'Лавров', value: 'lavrov' },
  { alias: 'États-Unis', value: 'US' },
  { alias: '朝鲜', value: 'KP' },
  { alias: '朝鲜半岛', value: 'peninsula' },
  { alias: 'روسيا', value: 'RU' },
]);
const found = (text: string) => matcher.find(text).map((h) => [h.text, h.targets[0]!.value]);

describe('AliasMatcher', () => {
  it('keeps whole words only, and the longest of overlapping names', () => {
    expect(found('Prussia and the United States of America')).toEqual([['United States of America', 'US']]);
    expect(found('Russia, Russian')).toEqual([['Russia', 'RU']]);
  });

  it('matches short all-capital aliases only as written', () => {
    expect(found('tell us about the US')).toEqual([['US', 'US']]);
  });

  it('folds case and Latin accents without moving offsets', () => {
    expect(found('les Etats-Unis')).toEqual([['Etats-Unis', 'US']]);
    expect(foldText('ÉTATS-Unis’').length).toBe('ÉTATS-Unis’'.length);
  });

  it('wants a capital where the alias has one', () => {
    const places = new AliasMatcher([{ alias: 'Réunion', value: 'RE' }, { alias: 'Turkey', value: 'TR' }]);
    expect(places.find('una reunión sobre turkey').map((h) => h.text)).toEqual([]);
    expect(places.find('La Reunion y Turkey').map((h) => h.text)).toEqual(['Reunion', 'Turkey']);
  });

  it('accepts Russian case endings', () => {
    expect(found('позиция России и Лаврова')).toEqual([
      ['России', 'RU'],
      ['Лаврова', 'lavrov'],
    ]);
    expect(found('Пруссия, Россияне-ветераны')).toEqual([['Россияне', 'RU']]);
  });

  it('needs no spaces in Chinese and allows Arabic proclitics', () => {
    expect(found('双方就朝鲜半岛局势')).toEqual([['朝鲜半岛', 'peninsula']]);
    expect(found('مع وروسيا')).toEqual([['روسيا', 'RU']]);
  });
});
