import { describe, expect, it } from 'vitest';
import { enrichRelease } from './enrich-release.js';
import { ALBARES, BARROT, LAVROV, POMPEO, RUBIO, WANG_YI, entity, ids, topicCodes } from './enrich-release.stub.js';

describe('enrichRelease — Russian', () => {
  const r = enrichRelease({
    title: 'О телефонном разговоре Министра иностранных дел России С.В.Лаврова с Государственным секретарём США М.Помпео',
    paragraphs: [
      '5 сентября Министр иностранных дел Российской Федерации Сергей Лавров провёл телефонный разговор с Государственным секретарём США Майком Помпео по инициативе американской стороны.',
      'Обсуждалась ситуация на Корейском полуострове и в Сирии.',
    ],
    language: 'ru',
    publishedAt: '2018-09-07',
  });

  it('matches inflected names in Cyrillic and links them', () => {
    expect(ids(r)).toEqual(expect.arrayContaining([LAVROV, POMPEO, 'Q159', 'Q30', 'Q858', 'local:location:korean-peninsula']));
    expect(entity(r, LAVROV)).toMatchObject({ role: 'Foreign Minister' });
    expect(entity(r, 'Q159')!.mentions.map((m) => m.text)).toContain('России');
  });

  it('finds the telephone conversation, its initiator and date', () => {
    expect(r.event).toMatchObject({ type: 'telephone-conversation', initiator: 'US', date: '2018-09-05' });
    expect(r.event!.participants.map((p) => p.id)).toEqual(expect.arrayContaining([LAVROV, POMPEO]));
    expect(topicCodes(r)).toEqual(expect.arrayContaining(['russia-us-relations', 'korean-peninsula', 'middle-east']));
  });
});

describe('enrichRelease — Spanish, with its English translation merged', () => {
  const r = enrichRelease({
    title: 'Albares recibe a su homólogo francés en Madrid',
    paragraphs: ['El ministro de Asuntos Exteriores, José Manuel Albares, se reunió hoy en Madrid con su homólogo francés, Jean-Noël Barrot. Ambos ministros abordaron la situación en Oriente Próximo y en Ucrania.'],
    language: 'es',
    publishedAt: '2025-02-10',
    translations: [
      {
        language: 'en',
        title: 'Albares receives his French counterpart in Madrid',
        paragraphs: ['The Minister of Foreign Affairs, José Manuel Albares, met today in Madrid with his French counterpart, Jean-Noël Barrot. Both ministers discussed the situation in the Middle East and Ukraine.'],
      },
    ],
  });

  it('merges mentions from the original and the translation by canonical id', () => {
    const madrid = entity(r, 'Q2807')!;
    expect(new Set(madrid.mentions.map((m) => m.in))).toEqual(new Set(['original', 'en']));
    expect(entity(r, ALBARES)).toMatchObject({ role: 'Foreign Minister', country: 'ES' });
    expect(ids(r)).toEqual(expect.arrayContaining([BARROT, 'Q142', 'Q212', 'local:location:middle-east']));
  });

  it('finds a meeting in Madrid between the two ministers', () => {
    expect(r.event).toMatchObject({ type: 'meeting', place: { id: 'Q2807', name: 'Madrid' } });
    expect(r.event!.participants.map((p) => p.id)).toEqual([ALBARES, BARROT]);
    expect(topicCodes(r)).toEqual(expect.arrayContaining(['ukraine', 'middle-east']));
  });
});

describe('enrichRelease — French, Chinese, Arabic', () => {
  it('French: a telephone conversation between two foreign ministers', () => {
    const r = enrichRelease({
      title: 'Entretien téléphonique de Jean-Noël Barrot avec Andrii Sybiha',
      paragraphs: ["Le ministre de l'Europe et des Affaires étrangères, Jean-Noël Barrot, s'est entretenu par téléphone avec son homologue ukrainien, Andrii Sybiha."],
      language: 'fr',
      publishedAt: '2025-03-01',
    });
    expect(r.eventType).toBe('telephone-conversation');
    expect(r.event!.participants.map((p) => p.id)).toEqual([BARROT, 'local:person:andrii-sybiha']);
    expect(ids(r)).toContain('Q212');
    expect(entity(r, BARROT)?.role).toBe('Foreign Minister');
  });

  it('Chinese: names without spaces, the longest name winning', () => {
    const r = enrichRelease({
      title: '王毅同俄罗斯外长拉夫罗夫通电话',
      paragraphs: ['2023年9月5日，外交部长王毅应约同俄罗斯外长拉夫罗夫通电话。双方就朝鲜半岛局势交换了意见。'],
      language: 'zh',
      publishedAt: '2023-09-06',
    });
    expect(ids(r)).toEqual(expect.arrayContaining([WANG_YI, LAVROV, 'Q159', 'local:location:korean-peninsula']));
    expect(ids(r)).not.toContain('Q423');
    expect(entity(r, LAVROV)?.role).toBe('Foreign Minister');
    expect(r.eventType).toBe('telephone-conversation');
  });

  it('Arabic: names with a glued conjunction', () => {
    const r = enrichRelease({
      title: 'اتصال هاتفي بين لافروف وروبيو',
      paragraphs: ['أجرى وزير الخارجية الروسي سيرغي لافروف اتصالا هاتفيا مع نظيره الأمريكي ماركو روبيو.'],
      language: 'ar',
      publishedAt: '2025-02-20',
    });
    expect(ids(r)).toEqual(expect.arrayContaining([LAVROV, RUBIO, 'Q159', 'Q30']));
    expect(r.eventType).toBe('telephone-conversation');
    expect(topicCodes(r)).toContain('russia-us-relations');
  });
});
