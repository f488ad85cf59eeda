import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { eventually, push } from './support/http.js';
import { searchUrl } from './support/env.js';

interface StoredRelease {
  entities?: { id: string; name: string; type: string; role?: string; mentions: { text: string; in: string }[] }[];
  countries?: string[];
  topics?: { code: string; why: string }[];
  eventType?: string;
}

async function stored(id: string): Promise<StoredRelease> {
  const res = await fetch(`${searchUrl}/releases/${id}`);
  return res.ok ? ((await res.json()) as StoredRelease) : {};
}

describe('enrichment, from push to the stored release', () => {
  // A random word keeps this run's release apart from every other one in the shared stack.
  const marker = `zq${randomBytes(5).toString('hex')}`;
  const release = {
    source: 'e2e.example.org',
    title: `Foreign Minister Sergey Lavrov's telephone conversation with US Secretary of State Mike Pompeo ${marker}`,
    body: [
      `On May 14, Russian Foreign Minister Sergey Lavrov had a telephone conversation with US Secretary of State Mike Pompeo at the US initiative (${marker}).`,
      "The ministers discussed the situation on the Korean peninsula and Pyongyang's nuclear tests. Mr Lavrov called for restraint in Northeast Asia.",
      'Secretary Pompeo informed Mr Lavrov of a draft resolution for the UN Security Council.',
    ].join('\n\n'),
    publishedAt: '2019-05-16T12:00:00',
    language: 'en',
  };
  let id: string;

  it('is accepted', async () => {
    const res = await push(JSON.stringify(release), 'application/json');
    expect(res.status).toBe(202);
    id = res.body.id as string;
  });

  it('is stored with linked entities, roles, countries, topics and the event type', async () => {
    const doc = await eventually(() => stored(id), (d) => (d.entities?.length ?? 0) > 0, 90_000);
    const byId = new Map((doc.entities ?? []).map((e) => [e.id, e]));
    expect(byId.get('local:person:sergey-lavrov')).toMatchObject({ name: 'Sergey Lavrov', type: 'person', role: 'Foreign Minister' });
    expect(byId.get('local:person:mike-pompeo')).toMatchObject({ name: 'Mike Pompeo', type: 'person', role: 'Secretary of State' });
    expect(byId.get('Q37470')).toMatchObject({ type: 'organization' });
    expect(byId.get('Q423')?.mentions.map((m) => m.text)).toContain('Pyongyang');
    expect(doc.countries).toEqual(expect.arrayContaining(['RU', 'US', 'KP']));
    expect(doc.topics?.map((t) => t.code)).toEqual(expect.arrayContaining(['korean-peninsula', 'russia-us-relations', 'medtop:20000639']));
    expect(doc.topics?.find((t) => t.code === 'russia-us-relations')?.why).toMatch(/country RU; country US/);
    expect(doc.eventType).toBe('telephone-conversation');
  });
});
