import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { Topics, deadLetterTopic } from '@demarche/contracts';
import { root } from '../scripts/lib/services.mjs';
import { kafkaClient, searchUrl, TEST_PORTS } from './support/env.js';
import { eventually, push } from './support/http.js';

const stack = (...args: string[]) => execFileSync(`${root}/deploy/local/stack`, args, { stdio: 'ignore' });
const enrichReady = async () => (await fetch(`http://127.0.0.1:${TEST_PORTS.ENRICH_PORT}/health/ready`).catch(() => undefined))?.status;
/** The indexed release, or undefined; a connection the server closed while idle is retried once. */
const stored = async (id: string, retry = true): Promise<{ entities?: { id: string; linked?: boolean }[] } | undefined> => {
  try {
    const res = await fetch(`${searchUrl}/releases/${id}`);
    return res.ok ? ((await res.json()) as { entities?: { id: string; linked?: boolean }[] }) : undefined;
  } catch (error) {
    if (!retry) throw error;
    return stored(id, false);
  }
};

async function deadLetterKeys(topic: string, waitMs: number): Promise<Set<string>> {
  const kafka = kafkaClient('demarche-e2e-ner-outage');
  const consumer = kafka.consumer({ groupId: `e2e-ner-outage-${randomBytes(6).toString('hex')}` });
  const keys = new Set<string>();
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({ eachMessage: async ({ message }) => void keys.add(String(message.key)) });
  await new Promise((r) => setTimeout(r, waitMs));
  await consumer.disconnect();
  return keys;
}

const release = (marker: string, person: string) =>
  JSON.stringify({
    source: 'e2e.example.org',
    title: `Deputy Minister ${person} opens a clinic in Kaduna ${marker}`,
    body: `Deputy Minister ${person} opened a clinic in Kaduna with the Federal Ministry of Health (${marker}).`,
    publishedAt: '2024-03-12T10:00:00',
    language: 'en',
  });

// Stops the stack's own CoreNLP server mid-stream, so it runs only against the local stack.
describe.skipIf(process.env.DEMARCHE_TEST_STACK === 'docker')('recogniser down', () => {
  afterAll(() => stack('up', 'corenlp'), 600_000);

  it('holds releases (not ready, no commit, no dead letter) and enriches them with the model once it is back', { timeout: 600_000 }, async () => {
    // The stream flows: a first release comes through with the model's entities.
    const before = await push(release(`zq${randomBytes(5).toString('hex')}`, 'Amara Okonkwo-Eze'));
    expect(before.status).toBe(202);
    const first = await eventually(() => stored(String(before.body.id)), (d) => !!d?.entities?.length, 120_000);
    expect(first?.entities?.map((e) => e.id)).toContain('unlinked:person:amara-okonkwo-eze');

    stack('down', 'corenlp');
    const during = await push(release(`zq${randomBytes(5).toString('hex')}`, 'Chidi Nwachukwu-Bello'));
    expect(during.status).toBe(202);
    const id = String(during.body.id);

    // Long enough for the release to reach enrich and for it to retry a few times.
    await new Promise((r) => setTimeout(r, 10_000));
    expect(await stored(id)).toBeUndefined();
    expect(await eventually(enrichReady, (s) => s === 503, 30_000)).toBe(503);

    stack('up', 'corenlp');
    const after = await eventually(() => stored(id), (d) => !!d?.entities?.length, 180_000);
    expect(after?.entities).toContainEqual(expect.objectContaining({ id: 'unlinked:person:chidi-nwachukwu-bello', linked: false }));
    expect(await eventually(enrichReady, (s) => s === 200, 30_000)).toBe(200);
    const parked = await deadLetterKeys(deadLetterTopic(Topics.ReleaseTranslatedV1), 3000);
    expect(parked.has(id)).toBe(false);
  });
});
