import { describe, expect, it } from 'vitest';
import { AliasMatcher, graphemeBoundaries } from './alias.matcher.js';
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

  it('inflects every word of a Russian name, the whole name winning over the word inside it', () => {
    const ru = new AliasMatcher([
      { alias: 'Соломоновы Острова', value: 'SB' },
      { alias: 'Папуа — Новая Гвинея', value: 'PG' },
      { alias: 'Гвинея', value: 'GN' },
      { alias: 'Гвинея-Бисау', value: 'GW' },
      { alias: 'Республика Корея', value: 'KR' },
    ]);
    const hits = (text: string) => ru.find(text).map((h) => [h.text, h.targets[0]!.value]);
    expect(hits('с Соломоновых Островов и Соломоновыми островами')).toEqual([
      ['Соломоновых Островов', 'SB'],
      ['Соломоновыми островами', 'SB'],
    ]);
    for (const name of ['Папуа – Новой Гвинеей', 'Папуа — Новой Гвинеей', 'Папуа-Новой Гвинеей', 'Папуа - Новой Гвинеей']) {
      expect(hits(`с ${name}`)).toEqual([[name, 'PG']]);
    }
    expect(hits('в Гвинее и Гвинее-Бисау, Республики Корея')).toEqual([
      ['Гвинее', 'GN'],
      ['Гвинее-Бисау', 'GW'],
      ['Республики Корея', 'KR'],
    ]);
    // The words must follow each other: no name across other words.
    expect(hits('Папуа и Новая Гвинея')).toEqual([['Гвинея', 'GN']]);
    // An abbreviation in capitals matches only as written.
    expect(new AliasMatcher([{ alias: 'МИД РФ', value: 'mfa' }]).find('мид рф, МИДа РФ, МИД РФ').map((h) => h.text)).toEqual(['МИД РФ']);
  });

  it('finds a Russian adjective in every case', () => {
    const ru = new AliasMatcher([{ alias: 'российский', value: 'RU' }]);
    for (const form of ['российский', 'российская', 'российской', 'российского', 'российскими', 'российскую']) {
      expect(ru.find(`позиция ${form} стороны`).map((h) => h.text)).toEqual([form]);
    }
    expect(ru.find('пророссийский')).toEqual([]);
  });

  it('keeps the accents of a lower-case word: "Frances" is not "francés"', () => {
    const es = new AliasMatcher([{ alias: 'francés', value: 'FR' }, { alias: 'nicaragüense', value: 'NI' }]);
    expect(es.find('el ministro francés y Frances Adamson').map((h) => h.text)).toEqual(['francés']);
    expect(es.find('el embajador nicaraguense').map((h) => h.text)).toEqual([]);
  });

  it('takes a spaced dash for a hyphen in Latin names', () => {
    const gw = new AliasMatcher([{ alias: 'Guinea-Bissau', value: 'GW' }, { alias: 'Guinea', value: 'GN' }]);
    expect(gw.find('Guinea – Bissau').map((h) => [h.text, h.targets[0]!.value])).toEqual([['Guinea – Bissau', 'GW']]);
  });

  it('needs no spaces in Chinese and allows Arabic proclitics', () => {
    expect(found('双方就朝鲜半岛局势')).toEqual([['朝鲜半岛', 'peninsula']]);
    expect(found('مع وروسيا')).toEqual([['روسيا', 'RU']]);
  });

  it('finds only whole graphemes: a combining mark or a joiner extends the letter before it', () => {
    const m = new AliasMatcher([{ alias: 'France', value: 'FR' }, { alias: 'روس', value: 'ru-stem' }, { alias: 'Chile', value: 'CL' }]);
    const texts = (text: string) => m.find(text).map((h) => h.text);
    expect(texts('Franc\u0327ais, France\u0301, France.')).toEqual(['France']);
    expect(texts('روسّ روس')).toEqual(['روس']);
    expect(texts('Chile\u200D Chile\u00AD Chile\u200F')).toEqual(['Chile', 'Chile']);
    // Offsets are UTF-16 units past astral characters and CR LF.
    const text = '𠀀👍🏽 France\r\nChile';
    expect(m.find(text).map((h) => [h.start, h.end, h.text])).toEqual([
      [7, 13, 'France'],
      [15, 20, 'Chile'],
    ]);
  });

  it('segments only texts where a grapheme may hold several code points', () => {
    expect(graphemeBoundaries('Россия, 中国, مصر, États-Unis\u00AD\u200F 😀\n\n')).toBeUndefined();
    expect(graphemeBoundaries('e\u0301')).toEqual(new Uint8Array([1, 0, 1]));
    expect(graphemeBoundaries('a\r\nb')).toEqual(new Uint8Array([1, 1, 0, 1, 1]));
  });

  it('agrees with the runtime on every BMP character it does not segment', () => {
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    const joined: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const c = String.fromCharCode(code);
      for (const text of [`a${c}a`, c + c]) {
        if (graphemeBoundaries(text) === undefined && [...segmenter.segment(text)].length !== text.length) joined.push(code.toString(16));
      }
    }
    expect(joined).toEqual([]);
  }, 60_000);
});
