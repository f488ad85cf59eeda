import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Topics } from '@demarche/contracts';
import { scrapedRelease } from '@demarche/testing';
import { kafkaClient } from './support/env.js';
import { eventually, push } from './support/http.js';
import { releaseStatus } from './support/ingest-api.js';

const kafka = kafkaClient('demarche-e2e-dlq-ledger');

describe('a release dead-lettered by a later stage', () => {
  const producer = kafka.producer();
  let id: string;

  beforeAll(async () => {
    await producer.connect();
    const res = await push(scrapedRelease(`zd${randomBytes(5).toString('hex')}`).text, 'text/plain; charset=utf-8', '?source=dlq-ledger-test');
    expect(res.status).toBe(202);
    id = res.body.id as string;
  });

  afterAll(async () => {
    await producer.disconnect();
  });

  it('starts without an error', async () => {
    const status = await releaseStatus(id);
    expect(status.status).toBe(200);
    expect(status.body.lastError).toBeUndefined();
  });

  it('shows the stage, code and reason in GET /releases/{id}/status once translate dead-letters a bad copy', async () => {
    // A corrupt copy under the release's own key: translate cannot parse it and parks it in the DLQ.
    await producer.send({ topic: Topics.ReleaseIngestedV1, messages: [{ key: id, value: `{"id":"${id}","title":` }] });
    const status = await eventually(() => releaseStatus(id), (s) => s.body.lastError !== undefined, 60_000);
    expect(status.body.lastError).toMatchObject({ stage: 'translate', code: 'CONTRACT.NOT_JSON', message: expect.stringMatching(/^translate: .+releases\.ingested\.v1/) });
    expect(Date.parse(status.body.lastError.at)).not.toBeNaN();
  });

  it('records a later stage too (enrich refusing an event that breaks its contract)', async () => {
    await producer.send({ topic: Topics.ReleaseTranslatedV1, messages: [{ key: id, value: JSON.stringify({ id, title: 'no paragraphs here' }) }] });
    const status = await eventually(() => releaseStatus(id), (s) => s.body.lastError?.stage === 'enrich', 60_000);
    expect(status.body.lastError).toMatchObject({ stage: 'enrich', code: expect.stringMatching(/^CONTRACT\./) });
  });
});
