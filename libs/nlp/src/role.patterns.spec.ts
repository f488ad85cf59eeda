import { describe, expect, it } from 'vitest';
import { findRoles } from './role.patterns.js';

const roles = (text: string) => findRoles(text).map((r) => [text.slice(r.start, r.end), r.role, r.office, r.country]);

describe('findRoles', () => {
  it('knows titles that name their state by themselves', () => {
    expect(roles('Taoiseach Simon Harris and Tánaiste Micheál Martin')).toEqual([
      ['Taoiseach', 'Taoiseach', 'head-of-government', 'IE'],
      ['Tánaiste', 'Tánaiste', 'deputy', 'IE'],
    ]);
    expect(roles('State Counsellor Aung San Suu Kyi')).toEqual([['State Counsellor', 'State Counsellor', 'head-of-government', 'MM']]);
    expect(roles('US Secretary of State')).toEqual([['Secretary of State', 'Secretary of State', 'foreign-minister', 'US']]);
    expect(roles('Председатель КНР Си Цзиньпин')).toEqual([['Председатель КНР', 'President', 'head-of-state', 'CN']]);
    expect(roles('Председатель Госсовета КНДР; 国务委员会委员长金正恩')).toEqual([
      ['Председатель Госсовета КНДР', 'Chairman', 'head-of-state', 'KP'],
      ['国务委员会委员长', 'Chairman', 'head-of-state', 'KP'],
    ]);
  });

  it('reads the Swiss presidency in four languages', () => {
    for (const title of ['President of the Swiss Confederation', 'Présidente de la Confédération', 'presidente de la Confederación Suiza', 'Президента Швейцарской Конфедерации']) {
      expect(roles(`${title} X`)).toEqual([[title, 'President of the Swiss Confederation', 'head-of-state', 'CH']]);
    }
  });

  it('tells heads of government from presidents and foreign ministers', () => {
    expect(roles('el presidente del Gobierno, Pedro Sánchez')).toEqual([['presidente del Gobierno', 'Prime Minister', 'head-of-government', undefined]]);
    expect(roles('le Premier ministre Luc Frieden')).toEqual([['Premier ministre', 'Prime Minister', 'head-of-government', undefined]]);
    expect(roles('Председатель Правительства М.В.Мишустин')).toEqual([['Председатель Правительства', 'Prime Minister', 'head-of-government', undefined]]);
    expect(roles('رئيس مجلس الوزراء')).toEqual([['رئيس مجلس الوزراء', 'Prime Minister', 'head-of-government', undefined]]);
    expect(roles('Федеральный канцлер Австрии')).toEqual([['Федеральный канцлер', 'Chancellor', 'head-of-government', undefined]]);
    expect(roles('Federal Chancellor Olaf Scholz, le chancelier allemand')).toEqual([
      ['Federal Chancellor', 'Chancellor', 'head-of-government', undefined],
      ['chancelier', 'Chancellor', 'head-of-government', undefined],
    ]);
    // Spanish "canciller" is a foreign minister, except Germany's and Austria's.
    expect(roles('la canciller alemana y el canciller argentino')).toEqual([
      ['canciller', 'Chancellor', 'head-of-government', undefined],
      ['canciller', 'Foreign Minister', 'foreign-minister', undefined],
    ]);
    expect(roles('Chancellor of the Exchequer Rachel Reeves')).toEqual([]);
  });

  it('reads the usual periphrases for ministers and leaders', () => {
    expect(roles('глава МИД России, el jefe de la diplomacia, le chef de la diplomatie')).toEqual([
      ['глава МИД', 'Foreign Minister', 'foreign-minister', undefined],
      ['jefe de la diplomacia', 'Foreign Minister', 'foreign-minister', undefined],
      ['chef de la diplomatie', 'Foreign Minister', 'foreign-minister', undefined],
    ]);
    expect(roles('Глава государства и глава правительства')).toEqual([
      ['Глава государства', 'Head of State', 'head-of-state', undefined],
      ['глава правительства', 'Prime Minister', 'head-of-government', undefined],
    ]);
    expect(roles('el mandatario venezolano, el jefe de Estado Mayor')).toEqual([['mandatario', 'President', 'head-of-state', undefined]]);
  });

  it('knows the EU offices', () => {
    expect(roles('High Representative Josep Borrell; la presidenta de la Comisión Europea')).toEqual([
      ['High Representative', 'High Representative', 'high-representative', undefined],
      ['presidenta de la Comisión Europea', 'President of the European Commission', 'commission-president', undefined],
    ]);
    expect(roles('Верховный представитель ЕС Жозеп Боррель')).toEqual([['Верховный представитель ЕС', 'High Representative', 'high-representative', undefined]]);
  });

  it('reads longer foreign-minister titles whole', () => {
    for (const title of ['Minister for Europe and Foreign Affairs', 'Minister of Foreign Affairs and International Cooperation', "ministre de l’Europe et des Affaires étrangères", 'ministra de Asuntos Exteriores, Unión Europea y Cooperación', '外交部部长']) {
      expect(roles(`${title} X`)).toEqual([[title, 'Foreign Minister', 'foreign-minister', undefined]]);
    }
  });

  it('knows monarchs, leaders and heirs', () => {
    expect(roles('Crown Prince Mohammed bin Salman, el príncipe heredero')).toEqual([
      ['Crown Prince', 'Crown Prince', 'deputy', undefined],
      ['príncipe heredero', 'Crown Prince', 'deputy', undefined],
    ]);
    expect(roles('Supreme Leader, Grand Duke Henri, Sultan of Oman')).toEqual([
      ['Supreme Leader', 'Supreme Leader', 'head-of-state', 'IR'],
      ['Grand Duke', 'Grand Duke', 'head-of-state', 'LU'],
      ['Sultan', 'Sultan', 'head-of-state', undefined],
    ]);
    // A name, not a title.
    expect(roles('Mohammed bin Sultan Al Nahyan')).toEqual([]);
  });
});
