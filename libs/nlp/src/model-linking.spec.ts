import { describe, expect, it } from 'vitest';
import { enrichRelease } from './enrich-release.js';
import { byId, model, release } from './model-linking.stub.js';

describe('the model proposes, the knowledge base links', () => {
  const r = release([
    'Secretary of State Antony J. Blinken met Deputy Minister Olumide Adeyemi and the Kenyan ambassador Jane Mwangi in Mombasa.',
    'Ms. Mwangi thanked the Ministry of Foreign Affairs of Kenya. Mwangi and Adeyemi then left for Nairobi.',
  ]);
  const found = model(r, [
    ['Antony J. Blinken', 'PER'],
    ['Olumide Adeyemi', 'PER'],
    ['Kenyan', 'MISC'],
    ['Jane Mwangi', 'PER'],
    ['Mombasa', 'LOC'],
    ['Ms. Mwangi', 'PER'],
    ['Ministry of Foreign Affairs of Kenya', 'ORG'],
    ['Mwangi', 'PER', 2],
    ['Adeyemi', 'PER', 1],
    ['Nairobi', 'LOC'],
  ]);
  const e = enrichRelease(r, undefined, found);

  it('links a name variant to the knowledge base ("Antony J. Blinken" is Antony Blinken)', () => {
    expect(e.entities.filter((x) => x.name === 'Antony Blinken')).toHaveLength(1);
    expect(byId(e, 'local:person:antony-blinken')).toMatchObject({ linked: true, role: 'Secretary of State' });
    expect(e.entities.some((x) => x.id.startsWith('unlinked:') && x.name.includes('Blinken'))).toBe(false);
  });

  it('gives a person the knowledge base lacks a stable id, linked: false, and the title beside it', () => {
    expect(byId(e, 'unlinked:person:olumide-adeyemi')).toMatchObject({ name: 'Olumide Adeyemi', type: 'person', linked: false, role: 'Deputy Minister' });
    expect(byId(e, 'unlinked:person:jane-mwangi')).toMatchObject({ type: 'person', linked: false, role: 'Ambassador', country: 'KE' });
  });

  it('makes the short forms of a person one entity with the full name', () => {
    expect(byId(e, 'unlinked:person:jane-mwangi')!.mentions.map((m) => m.text)).toEqual(['Jane Mwangi', 'Mwangi', 'Mwangi']);
    expect(byId(e, 'unlinked:person:olumide-adeyemi')!.mentions).toHaveLength(2);
    expect(e.entities.filter((x) => x.type === 'person')).toHaveLength(3);
  });

  it('keeps the knowledge base link where both found a name, and adds a body that contains a country', () => {
    expect(byId(e, 'Q114')).toMatchObject({ type: 'country', linked: true });
    expect(byId(e, 'unlinked:organization:ministry-of-foreign-affairs-of-kenya')).toMatchObject({ type: 'organization', linked: false });
    // Nairobi is in the knowledge base: the model's LOC is linked there, not duplicated.
    expect(e.entities.filter((x) => x.name.includes('Nairobi'))).toHaveLength(1);
    expect(e.entities.find((x) => x.name.includes('Nairobi'))!.linked).toBe(true);
    expect(byId(e, 'unlinked:location:mombasa')).toMatchObject({ type: 'location', linked: false });
  });

  it('drops the labels it does not use (MISC)', () => {
    expect(e.entities.some((x) => x.name === 'Kenyan')).toBe(false);
  });
});

describe('merging model and knowledge base', () => {
  it('still adds what the knowledge base knows when the model found nothing', () => {
    const r = release(['Russian Foreign Minister Sergey Lavrov spoke with Secretary Blinken.']);
    const e = enrichRelease(r, undefined, { original: [] });
    expect(e.entities.map((x) => x.id)).toEqual(expect.arrayContaining(['local:person:sergey-lavrov', 'local:person:antony-blinken', 'Q159']));
  });

  it('gives one id to the variants of a name across releases', () => {
    const a = release(['Deputy Minister Olumide A. Adeyemi spoke.']);
    const b = release(['Olumide Adeyemi’s remarks were published.']);
    const ea = enrichRelease(a, undefined, model(a, [['Olumide A. Adeyemi', 'PER']]));
    const eb = enrichRelease(b, undefined, model(b, [['Olumide Adeyemi’s', 'PER']]));
    expect(ea.entities[0]!.id).toBe('unlinked:person:olumide-adeyemi');
    expect(eb.entities[0]!.id).toBe('unlinked:person:olumide-adeyemi');
    expect(eb.entities[0]!.mentions[0]!.text).toBe('Olumide Adeyemi');
  });

  it('strips a title the model took into a name and drops a title taken for a body', () => {
    const r = release(['Senator John Smith met the Mayor of Leeds.']);
    const e = enrichRelease(r, undefined, model(r, [['Senator John Smith', 'PER'], ['Mayor of Leeds', 'ORG']]));
    expect(e.entities.map((x) => [x.id, x.role])).toEqual([['unlinked:person:john-smith', 'Senator']]);
  });

  it('drops a lone family name that names no one in the release, keeps a Chinese name', () => {
    const r = release(['Smith said the talks went well.']);
    expect(enrichRelease(r, undefined, model(r, [['Smith', 'PER']])).entities).toEqual([]);
    const zh = release(['外交部副部长马朝旭会见了肯尼亚驻华大使。'], 'zh', '外交部');
    const e = enrichRelease(zh, undefined, model(zh, [['马朝旭', 'PER']]));
    expect(e.entities.find((x) => x.type === 'person')).toMatchObject({ id: 'unlinked:person:马朝旭', linked: false, role: 'Deputy Foreign Minister' });
  });

  it('makes the inflected forms of a Russian name one entity', () => {
    const r = release(['Заместитель министра Иван Петренко провёл встречу.', 'Ивана Петренко поблагодарили коллеги.'], 'ru', 'Сообщение');
    const e = enrichRelease(r, undefined, model(r, [['Иван Петренко', 'PER'], ['Ивана Петренко', 'PER']]));
    const people = e.entities.filter((x) => x.type === 'person');
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ linked: false, role: 'Deputy Minister' });
    expect(people[0]!.mentions).toHaveLength(2);
  });

  it('joins the end of a full name to it and drops a body the model found inside a title', () => {
    const r = release(['La secretaria de Estado de Asuntos Exteriores, Ángeles Moreno Bau, viajó a Dakar.', 'En Nuakchot, Moreno Bau se reunió con la Agencia Española de Cooperación.'], 'es', 'Viaje');
    const e = enrichRelease(r, undefined, model(r, [['Estado de Asuntos Exteriores', 'ORG'], ['Ángeles Moreno Bau', 'PER'], ['Nuakchot', 'LOC'], ['Moreno Bau', 'PER', 1], ['Agencia Española de Cooperación', 'ORG']]));
    expect(e.entities.filter((x) => x.type === 'person')).toEqual([expect.objectContaining({ id: 'unlinked:person:angeles-moreno-bau', role: 'State Secretary' })]);
    expect(e.entities.find((x) => x.type === 'person')!.mentions).toHaveLength(2);
    expect(e.entities.some((x) => x.id.includes('asuntos-exteriores'))).toBe(false);
    expect(e.entities.map((x) => x.id)).toEqual(expect.arrayContaining(['unlinked:location:nuakchot', 'unlinked:organization:agencia-espanola-de-cooperacion']));
  });

  it('keeps from a Title Case headline only the bodies the text names again', () => {
    const r = release(['Senator Tom Harkin said the grant goes to the city of Ottumwa in Iowa.'], 'en', 'Senator Harkin Announces $2.4 Million for Rural Water Systems in Iowa');
    const e = enrichRelease(r, undefined, model(r, [['Harkin', 'PER'], ['Rural Water Systems', 'ORG'], ['Iowa', 'LOC'], ['Tom Harkin', 'PER'], ['Ottumwa', 'LOC'], ['Iowa', 'LOC', 1]]));
    expect(e.entities.map((x) => x.id).sort()).toEqual(['local:location:iowa', 'unlinked:location:ottumwa', 'unlinked:person:tom-harkin']);
    expect(e.entities.find((x) => x.id === 'unlinked:person:tom-harkin')!.mentions).toHaveLength(2);
  });

  it('keeps a person from a Title Case headline only when the body names them, in full or by family name', () => {
    const r = release(['Senator Allard said the cleanup at Rocky Flats must be finished. Kurt Campbell agreed.'], 'en', 'Senator Allard Says Rocky Flats Concerns Need Answers Before Campbell Visit');
    const found = model(r, [['Allard Says Rocky', 'PER'], ['Allard', 'PER', 1], ['Rocky Flats', 'LOC', 1], ['Kurt Campbell', 'PER'], ['Campbell', 'PER']]);
    const people = enrichRelease(r, undefined, found).entities.filter((x) => x.type === 'person');
    expect(people.map((x) => x.id)).toEqual(['unlinked:person:kurt-campbell']);
    expect(enrichRelease(r).entities.filter((x) => x.type === 'person')).toEqual([]); // nor the title pass alone
    const named = release(['Grassley said the bill passed.'], 'en', 'Senator Chuck Grassley Welcomes Passage of Farm Bill');
    const grassley = enrichRelease(named, undefined, model(named, [['Chuck Grassley', 'PER'], ['Grassley', 'PER', 1]])).entities.filter((x) => x.type === 'person');
    expect(grassley).toEqual([expect.objectContaining({ id: 'unlinked:person:chuck-grassley', mentions: [expect.anything(), expect.anything()] })]);
  });

  it('reads a Senate release scraped without its punctuation: party and state cut off, "Indian" not India, no bare "Committee"', () => {
    const r = release(['U S Senator Richard Shelby R Ala  and Senator Lamar Alexander R said  R CO  the Indian Health Service will grow. Shelby thanked the Indian tribes. The Committee agreed with Senator Paul Okafor  R ND  News Releases'], 'en', 'Shelby Welcomes Funds');
    const found = model(r, [['Richard Shelby R Ala', 'PER'], ['Lamar Alexander R', 'PER'], ['R CO', 'ORG'], ['Indian Health Service', 'ORG'], ['Shelby', 'PER', 2], ['Committee', 'ORG'], ['News Releases', 'ORG'], ['ND', 'ORG']]);
    const e = enrichRelease(r, undefined, found);
    expect(e.entities.map((x) => x.id).sort()).toEqual(['unlinked:organization:indian-health-service', 'unlinked:person:lamar-alexander', 'unlinked:person:paul-okafor', 'unlinked:person:richard-shelby']);
    expect(byId(e, 'unlinked:person:richard-shelby')!.mentions.map((m) => m.text)).toEqual(['Richard Shelby', 'Shelby']);
  });

  it('takes no Chinese "side" or "government" for a body, and keeps the people the model found', () => {
    const r = release(['中国驻巴基斯坦大使农融会见巴方代表。比拉瓦尔说，巴方感谢中国政府的支持，双方将加强合作。'], 'zh', '农融会见巴方代表');
    const found = model(r, [['农融', 'PER', 1], ['巴方', 'ORG', 1], ['政府', 'ORG'], ['双方', 'ORG'], ['比拉瓦尔', 'PER']]);
    const e = enrichRelease(r, undefined, found);
    expect(e.entities.filter((x) => x.type === 'organization')).toEqual([]);
    expect(byId(e, 'unlinked:person:农融')).toMatchObject({ role: 'Ambassador', linked: false });
  });

  it('gives a name the model typed two ways the type it gave most often: one entity', () => {
    const r = release(['The Navy will stay in Virginia Beach. Virginia Beach officials and the mayor of Virginia Beach met at NAS Oceana.']);
    const e = enrichRelease(r, undefined, model(r, [['Virginia Beach', 'ORG'], ['Virginia Beach', 'LOC', 1], ['Virginia Beach', 'LOC', 2], ['NAS Oceana', 'LOC']]));
    expect(e.entities.filter((x) => x.name === 'Virginia Beach')).toEqual([expect.objectContaining({ id: 'unlinked:location:virginia-beach', mentions: [expect.anything(), expect.anything(), expect.anything()] })]);
  });

  it('links a US state the model proposes, whatever type it gave; alone, the knowledge base finds none', () => {
    const r = release(['Senator Judd Gregg of New Hampshire and Representative Virginia Foxx met growers from Texas and New Mexico.']);
    const found = model(r, [['Judd Gregg', 'PER'], ['New Hampshire', 'ORG'], ['Virginia Foxx', 'PER'], ['Texas', 'LOC'], ['Mexico', 'LOC']]);
    const e = enrichRelease(r, undefined, found);
    expect(e.entities.map((x) => x.id).sort()).toEqual(['local:location:new-hampshire', 'local:location:new-mexico', 'local:location:texas', 'unlinked:person:judd-gregg', 'unlinked:person:virginia-foxx']);
    expect(byId(e, 'local:location:new-hampshire')).toMatchObject({ type: 'location', country: 'US', linked: true });
    expect(enrichRelease(r).entities.filter((x) => x.type !== 'person')).toEqual([]);
    const paris = release(['Both sides reaffirmed the Paris Agreement.']);
    expect(enrichRelease(paris, undefined, model(paris, [['Paris', 'LOC']])).entities).toEqual([]);
  });

  it('keeps a body named after a place as its own, not the department inside its name', () => {
    const r = release(['The Washington State Department of Ecology will test the river. The State Department was not consulted.']);
    const e = enrichRelease(r, undefined, model(r, [['Washington State Department of Ecology', 'ORG'], ['State Department', 'ORG', 1]]));
    expect(e.entities.map((x) => x.id).sort()).toEqual(['local:org:us-state-department', 'unlinked:organization:washington-state-department-of-ecology']);
    expect(byId(e, 'local:org:us-state-department')!.mentions.map((m) => m.start)).toEqual([r.title.length + 2 + 68]);
  });

  it('gives a Russian name and its usual English spelling one id', () => {
    const ru = release(['Заместитель министра Михаил Богданов принял посла.'], 'ru', 'Сообщение');
    const en = release(['Deputy Foreign Minister Mikhail Bogdanov received the ambassador.']);
    const a = enrichRelease(ru, undefined, model(ru, [['Михаил Богданов', 'PER']])).entities.find((x) => x.type === 'person');
    const b = enrichRelease(en, undefined, model(en, [['Mikhail Bogdanov', 'PER']])).entities.find((x) => x.type === 'person');
    expect(a).toMatchObject({ id: 'unlinked:person:mikhail-bogdanov', name: 'Михаил Богданов' });
    expect(b).toMatchObject({ id: 'unlinked:person:mikhail-bogdanov', name: 'Mikhail Bogdanov' });
  });
});
