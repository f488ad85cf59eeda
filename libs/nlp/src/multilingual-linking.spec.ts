import { describe, expect, it } from 'vitest';
import { enrichRelease, type Enrichment } from './enrich-release.js';
import { loadKnowledgeBase } from './knowledge-base.js';

const enrich = (language: string, text: string, publishedAt: string, sourceCountry?: string) =>
  enrichRelease({ title: 'Comunicado', paragraphs: [text], language, publishedAt, ...(sourceCountry ? { sourceCountry } : {}) });
const entity = (r: Enrichment, id: string) => r.entities.find((e) => e.id === id);
const mentionsOf = (r: Enrichment, id: string) => entity(r, id)?.mentions.map((m) => m.text) ?? [];
/** The country each whole-word hit of the knowledge base names. */
const countryOf = (word: string) => {
  const hits = loadKnowledgeBase().entityMatcher.find(`el ${word} dijo`);
  return hits.length === 1 && hits[0]!.text === word ? hits[0]!.targets[0]!.value.entity.country : undefined;
};

describe('demonyms', () => {
  it('links Spanish demonyms in every form to their countries', () => {
    const expected: Record<string, string> = {
      argentino: 'AR', argentina: 'AR', argentinos: 'AR', argentinas: 'AR', chileno: 'CL', chilena: 'CL', mexicano: 'MX',
      colombiano: 'CO', peruano: 'PE', venezolano: 'VE', cubano: 'CU', brasileño: 'BR', estadounidense: 'US',
      estadounidenses: 'US', norcoreano: 'KP', surcoreano: 'KR', ruso: 'RU', rusa: 'RU', chino: 'CN', japonés: 'JP',
      japonesa: 'JP', japoneses: 'JP', francés: 'FR', franceses: 'FR', alemán: 'DE', alemanes: 'DE', británico: 'GB',
      iraní: 'IR', iraníes: 'IR', israelí: 'IL', palestino: 'PS', ucraniano: 'UA', sirio: 'SY', turco: 'TR', indio: 'IN',
      egipcio: 'EG', saudí: 'SA', letón: 'LV', letones: 'LV', español: 'ES', españoles: 'ES', belgas: 'BE', papúes: 'PG',
      ecuatoguineano: 'GQ', guineano: 'GN', bisauguineano: 'GW', salomonense: 'SB', vietnamitas: 'VN',
    };
    expect(Object.fromEntries(Object.keys(expected).map((w) => [w, countryOf(w)]))).toEqual(expected);
  });

  it('links Russian adjectives in every case and French adjectives in lower case', () => {
    const expected: Record<string, string> = {
      российской: 'RU', американского: 'US', китайскими: 'CN', французскую: 'FR', японском: 'JP', северокорейской: 'KP',
      южнокорейские: 'KR', турецкого: 'TR', саудовской: 'SA', американцев: 'US', израильтянами: 'IL', туркменской: 'TM', argentin: 'AR', argentines: 'AR', chilienne: 'CL',
      luxembourgeois: 'LU', américaine: 'US', français: 'FR', française: 'FR', émirien: 'AE', Argentines: 'AR', Iraqis: 'IQ',
      المصري: 'EG', الروسية: 'RU', الأميركي: 'US', الإيرانية: 'IR',
    };
    expect(Object.fromEntries(Object.keys(expected).map((w) => [w, countryOf(w)]))).toEqual(expected);
  });

  it('keeps ordinary words, first names and oceans out', () => {
    expect(countryOf('Frances')).toBeUndefined();
    expect(countryOf('americano')).toBeUndefined();
    const r = enrich('ru', 'Учения прошли в Индийском океане.', '2024-05-01', 'RU');
    expect(r.entities.map((e) => e.id)).toEqual(['local:location:indian-ocean']);
  });

  it("does not read the EU in the Spanish foreign minister's title", () => {
    const r = enrich('es', 'El ministro de Asuntos Exteriores, Unión Europea y Cooperación, José Manuel Albares, visitó la Unión Europea.', '2023-03-10', 'ES');
    expect(mentionsOf(r, 'Q458')).toEqual(['Unión Europea']);
    expect(entity(r, 'local:person:jose-manuel-albares')).toMatchObject({ role: 'Foreign Minister' });
  });

  it('attaches a title to the name after a demonym: "el canciller argentino Santiago Cafiero"', () => {
    const r = enrich('es', 'El canciller argentino Santiago Cafiero se reunió en Madrid con su homólogo.', '2022-05-10', 'ES');
    expect(entity(r, 'local:person:santiago-cafiero')).toMatchObject({ role: 'Foreign Minister', country: 'AR' });
    expect(mentionsOf(r, 'Q414')).toEqual(['argentino']);
    // Not the publisher's own minister.
    expect(entity(r, 'local:person:jose-manuel-albares')).toBeUndefined();
  });
});

describe('Russian names inflected on every word', () => {
  it('finds the Solomon Islands and Papua New Guinea, not Guinea', () => {
    const r = enrich('ru', 'Министры иностранных дел Соломоновых Островов и Папуа – Новой Гвинеи встретились с послом Папуа — Новой Гвинеи.', '2024-05-01', 'RU');
    expect(mentionsOf(r, 'Q685')).toEqual(['Соломоновых Островов']);
    expect(mentionsOf(r, 'Q691')).toEqual(['Папуа – Новой Гвинеи', 'Папуа — Новой Гвинеи']);
    expect(entity(r, 'Q1006')).toBeUndefined();
  });
});

describe('titles in six languages', () => {
  it('resolves titles with no name to the holder of that office', () => {
    expect(mentionsOf(enrich('en', 'The Taoiseach welcomed the decision.', '2024-05-01', 'GB'), 'local:person:simon-harris')).toEqual(['Taoiseach']);
    const swiss = enrich('fr', 'La Présidente de la Confédération a reçu le ministre.', '2024-05-01', 'FR');
    expect(entity(swiss, 'local:person:viola-amherd')).toMatchObject({ role: 'President of the Swiss Confederation' });
    const spain = enrich('es', 'El presidente del Gobierno viajará a Lisboa.', '2024-05-01', 'ES');
    expect(entity(spain, 'local:person:pedro-sanchez')).toMatchObject({ role: 'Prime Minister' });
    expect(entity(spain, 'local:person:felipe-vi')).toBeUndefined();
    // A president with no name in a monarchy's release is nobody we know, not the King.
    expect(enrich('es', 'El presidente viajará a Lisboa.', '2024-05-01', 'ES').entities).toEqual([expect.objectContaining({ id: 'Q597' })]);
  });

  it('attaches French, Spanish and Russian titles to the name that follows', () => {
    const fr = enrich('fr', 'Le Premier ministre luxembourgeois Luc Frieden a rencontré le chancelier allemand Olaf Scholz.', '2024-05-01', 'FR');
    expect(entity(fr, 'local:person:luc-frieden')).toMatchObject({ role: 'Prime Minister' });
    expect(entity(fr, 'Q61053')).toMatchObject({ role: 'Chancellor' });
    const es = enrich('es', 'La canciller alemana Angela Merkel y el presidente del Gobierno, Pedro Sánchez.', '2019-05-01', 'ES');
    expect(entity(es, 'Q567')).toMatchObject({ role: 'Chancellor' });
    expect(entity(es, 'local:person:pedro-sanchez')).toMatchObject({ role: 'Prime Minister' });
    const ru = enrich('ru', 'Федеральный канцлер Германии Олаф Шольц встретился с Председателем Правительства Михаилом Мишустиным.', '2023-05-01', 'RU');
    expect(entity(ru, 'Q61053')).toMatchObject({ role: 'Chancellor' });
    expect(entity(ru, 'local:person:mikhail-mishustin')).toMatchObject({ role: 'Prime Minister' });
  });
});
