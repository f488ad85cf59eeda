import { describe, expect, it } from 'vitest';
import { enrichRelease, type Enrichment } from './enrich-release.js';
import type { ReleaseInput } from './release-text.js';

const ids = (r: Enrichment) => r.entities.map((e) => e.id);
const entity = (r: Enrichment, id: string) => r.entities.find((e) => e.id === id);
const topicCodes = (r: Enrichment) => r.topics.map((t) => t.code);

const LAVROV = 'local:person:sergey-lavrov';
const TILLERSON = 'local:person:rex-tillerson';
const POMPEO = 'local:person:mike-pompeo';
const WANG_YI = 'local:person:wang-yi';
const RUBIO = 'local:person:marco-rubio';
const BARROT = 'local:person:jean-noel-barrot';
const ALBARES = 'local:person:jose-manuel-albares';

describe('enrichRelease — English', () => {
  const release: ReleaseInput = {
    title: 'Foreign Minister S.Lavrov’s telephone conversation with US Secretary of State R.Tillerson',
    paragraphs: [
      'On September 5, Russian Foreign Minister Sergey Lavrov had a telephone conversation with US Secretary of State Rex Tillerson at the US initiative.',
      "The ministers discussed the situation on the Korean peninsula after Pyongyang's nuclear and missile tests. Mr Lavrov called for restraint in Northeast Asia.",
      'Secretary Tillerson mentioned a US draft resolution to the UN Security Council. Mr Lavrov favoured the good offices of the UN Secretary General.',
      "The Minister recalled President Putin's remarks after the BRICS summit in Xiamen about Washington's unlawful seizure of Russian diplomatic property in the United States.",
    ],
    language: 'en',
    publishedAt: '2017-09-07T17:44:00',
    sourceCountry: 'RU',
  };
  const r = enrichRelease(release);

  it('links persons, organisations, countries and places to canonical ids', () => {
    expect(ids(r)).toEqual(
      expect.arrayContaining([LAVROV, TILLERSON, 'Q7747', 'Q159', 'Q30', 'Q423', 'Q37470', 'Q81066', 'local:org:brics', 'local:location:xiamen', 'local:location:korean-peninsula', 'local:location:northeast-asia']),
    );
    expect(entity(r, 'local:location:xiamen')).toMatchObject({ type: 'location', country: 'CN' });
  });

  it('attaches stated roles', () => {
    expect(entity(r, LAVROV)).toMatchObject({ name: 'Sergey Lavrov', type: 'person', role: 'Foreign Minister', country: 'RU' });
    expect(entity(r, TILLERSON)).toMatchObject({ role: 'Secretary of State', country: 'US' });
    expect(entity(r, 'Q7747')).toMatchObject({ name: 'Vladimir Putin', role: 'President' });
  });

  it('resolves short forms, metonyms and demonyms within the release', () => {
    const lavrovMentions = entity(r, LAVROV)!.mentions.map((m) => m.text);
    expect(lavrovMentions).toEqual(expect.arrayContaining(['S.Lavrov', 'Sergey Lavrov', 'Lavrov', 'Minister']));
    expect(entity(r, TILLERSON)!.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['R.Tillerson', 'Tillerson']));
    expect(entity(r, 'Q30')!.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['US', 'Washington', 'United States']));
    expect(entity(r, 'Q423')!.mentions.map((m) => m.text)).toEqual(['Pyongyang']);
    expect(entity(r, 'Q159')!.mentions.map((m) => m.text)).toContain('Russian');
  });

  it('gives mention offsets into title + blank line + paragraphs', () => {
    const text = [release.title, ...release.paragraphs].join('\n\n');
    for (const e of r.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('finds the event with participants, initiator and its own date', () => {
    expect(r.eventType).toBe('telephone-conversation');
    expect(r.event?.participants.map((p) => p.id)).toEqual([LAVROV, TILLERSON]);
    expect(r.event?.initiator).toBe('US');
    expect(r.event?.date).toBe('2017-09-05');
  });

  it('matches IPTC topics and feeds, each with its evidence', () => {
    expect(topicCodes(r)).toEqual(expect.arrayContaining(['medtop:20000639', 'medtop:20000644', 'korean-peninsula', 'russia-us-relations', 'nuclear-non-proliferation', 'un-security-council']));
    expect(r.topics.find((t) => t.code === 'russia-us-relations')!.why).toContain('country RU; country US');
    expect(r.topics.find((t) => t.code === 'korean-peninsula')!.why).toMatch(/Korean Peninsula \(local:location:korean-peninsula\)/);
    expect(r.countries).toEqual(expect.arrayContaining(['RU', 'US', 'KP']));
  });
});

describe('enrichRelease — office holders by date', () => {
  it('resolves an unnamed title to whoever held the office on the publication day', () => {
    const say = (publishedAt: string) =>
      enrichRelease({ title: 'Statement', paragraphs: ['The US Secretary of State said talks would continue.'], language: 'en', publishedAt });
    expect(entity(say('2017-06-01'), TILLERSON)?.mentions[0]?.text).toBe('Secretary of State');
    expect(ids(say('2019-06-01'))).toContain(POMPEO);
    expect(ids(say('2019-06-01'))).not.toContain(TILLERSON);
    const ru = enrichRelease({ title: 'Comment', paragraphs: ['The Foreign Minister of Russia commented on the talks.'], language: 'en', publishedAt: '2017-03-01' });
    expect(entity(ru, LAVROV)?.role).toBe('Foreign Minister');
  });

  it('returns names outside the knowledge base typed and unlinked', () => {
    // Jordan's foreign minister of 2006 predates the knowledge base's coverage (2015 on).
    const r = enrichRelease({ title: 'Talks in Amman', paragraphs: ['Jordanian Foreign Minister Abdelelah Khatib received the delegation.'], language: 'en', publishedAt: '2006-05-10' });
    expect(entity(r, 'unlinked:person:abdelelah-khatib')).toMatchObject({ name: 'Abdelelah Khatib', type: 'person', role: 'Foreign Minister', country: 'JO' });
  });

  it('links office holders of the regional people files by tenure', () => {
    const say = (date: string) => enrichRelease({ title: 'Statement', paragraphs: ['The Foreign Minister of Egypt and the President of Iran spoke.'], language: 'en', publishedAt: date });
    const ids = (r: ReturnType<typeof enrichRelease>) => r.entities.map((e) => e.id);
    expect(ids(say('2019-06-01'))).toEqual(expect.arrayContaining(['local:person:sameh-shoukry', 'local:person:hassan-rouhani']));
    // The Supreme Leader is also head of state, but "President" picks the president.
    expect(ids(say('2025-01-10'))).toEqual(expect.arrayContaining(['local:person:badr-abdelatty', 'local:person:masoud-pezeshkian']));
    expect(ids(say('2025-01-10'))).not.toContain('local:person:ali-khamenei');
    const emir = enrichRelease({ title: 'Statement', paragraphs: ['The Emir of Qatar received the delegation; the Emirates welcomed it.'], language: 'en', publishedAt: '2020-01-10' });
    expect(entity(emir, 'local:person:tamim-bin-hamad-al-thani')?.role).toBe('Emir');
  });

  it('does not take a deputy for the minister', () => {
    const r = enrichRelease({ title: 'Meeting', paragraphs: ['Russian Deputy Foreign Minister Andrey Morozov met the Ambassador of Norway.'], language: 'en', publishedAt: '2017-03-13' });
    expect(ids(r)).not.toContain(LAVROV);
    expect(entity(r, 'unlinked:person:andrey-morozov')).toMatchObject({ role: 'Deputy Foreign Minister', country: 'RU' });
  });

  it('finds nothing in text without names, and no "US" in "us"', () => {
    const r = enrichRelease({ title: 'Notice', paragraphs: ['The people who wrote to us will get an answer.'], language: 'en' });
    expect(r.entities).toEqual([]);
  });
});

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

describe('enrichRelease — edge rules', () => {
  it('does not take "the Paris Agreement" for Paris', () => {
    const r = enrichRelease({ title: 'Climate', paragraphs: ['Both sides support the Paris Agreement and will meet in Paris.'], language: 'en' });
    const meetIn = 'Climate\n\nBoth sides support the Paris Agreement and will meet in '.length;
    expect(entity(r, 'Q90')!.mentions.map((m) => m.start)).toEqual([meetIn]);
    expect(topicCodes(r)).toContain('climate');
  });

  it('takes an office named without a country as the publisher’s', () => {
    const r = enrichRelease({
      title: "Visite du ministre de l'Europe et des affaires étrangères au Liban",
      paragraphs: ['Le ministre se rendra à Beyrouth.'],
      language: 'fr',
      publishedAt: '2017-09-05',
      sourceCountry: 'FR',
    });
    expect(entity(r, 'local:person:jean-yves-le-drian')?.role).toBe('Foreign Minister');
    expect(r.event).toMatchObject({ type: 'visit', place: { id: 'Q822' } });
  });

  it('reads the event type the title states first', () => {
    const r = enrichRelease({ title: 'Statement by the Permanent Representative at the UN Security Council briefing', paragraphs: ['Thank you, Mr President.'], language: 'en' });
    expect(r.eventType).toBe('statement');
  });
});
