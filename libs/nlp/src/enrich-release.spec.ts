import { describe, expect, it } from 'vitest';
import { enrichRelease } from './enrich-release.js';
import { LAVROV, POMPEO, TILLERSON, entity, ids, topicCodes } from './enrich-release.stub.js';
import type { ReleaseInput } from './release-text.js';

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

  it('gives an unnamed title no holder when the release states no date (an archive read today)', () => {
    const say = (dated: { publishedAt?: string; dateSource?: string }) =>
      enrichRelease({ title: 'Statement', paragraphs: ['Senator Stevens worked with the Secretary of State on a ban on driftnets.'], language: 'en', ...dated });
    expect(say({}).entities.filter((e) => e.type === 'person' && e.linked).map((e) => e.name)).toEqual([]);
    expect(say({ publishedAt: new Date().toISOString(), dateSource: 'ingest' }).entities.some((e) => e.role === 'Secretary of State')).toBe(false);
    expect(ids(say({ publishedAt: '2019-06-01T10:00:00Z', dateSource: 'text' }))).toContain(POMPEO);
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

  it('takes "American" for the United States, not a territory whose French demonym folds to it', () => {
    const r = enrichRelease({ title: 'Senator praises American farmers', paragraphs: ['American workers and Americans abroad.'], language: 'en' });
    expect(entity(r, 'Q30')!.mentions.map((m) => m.text)).toEqual(['American', 'American', 'Americans']);
    expect(entity(r, 'local:country:mp')).toBeUndefined();
  });

  it('takes no U.S. state for the country or territory in its name', () => {
    const r = enrichRelease({ title: 'Delegation visits', paragraphs: ['Senators from New Mexico, New Jersey and Rhode Island met envoys of Mexico and Iceland on Long Island.'], language: 'en' });
    expect(r.entities.filter((e) => e.type === 'country').map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([
      ['Mexico', ['Mexico']],
      ['Iceland', ['Iceland']],
    ]);
  });
});
