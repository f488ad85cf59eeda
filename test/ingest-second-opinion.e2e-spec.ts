import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pickDatabaseUrl } from '../scripts/lib/database.mjs';
import { startServices, stopServices, waitReady } from '../scripts/lib/services.mjs';
import { ingestUrl, searchUrl, TEST_ALIAS } from './support/env.js';
import { eventually } from './support/http.js';

/**
 * The shared test ingest asks the stack's real extractor server (trafilatura) for its opinion of
 * every HTML page; a second ingest instance, a replica in the same consumer groups and database,
 * has its server at a closed port: an extractor outage. The page's "extra" block is prose that
 * Readability's rules drop and trafilatura keeps.
 */
const m = `zq${randomBytes(5).toString('hex')}`;
const page = readFileSync(new URL('./fixtures/release-shapes/second-opinion.html', import.meta.url), 'utf8').replace(
  '<h1>Minister welcomes renewed Pacific fisheries agreement</h1>',
  `<h1>Minister welcomes renewed Pacific fisheries agreement (${m})</h1>`,
);
const EXTRA = 'The ministry will publish the full text of the agreement and its annexes on its website next week';
const OUTAGE_PORT = 18281;

async function closedPort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

let outage: ReturnType<typeof startServices> = [];

beforeAll(async () => {
  const databaseUrl = await pickDatabaseUrl(process.env.DATABASE_URL ?? 'postgres://demarche:demarche@127.0.0.1:5432/demarche_test');
  outage = startServices(
    {
      INGEST_PORT: String(OUTAGE_PORT),
      NODE_ENV: 'test',
      LOG_FORMAT: 'json',
      KAFKA_GROUP_PREFIX: 'demarche-test',
      ELASTICSEARCH_ALIAS: TEST_ALIAS,
      EXTRACTOR_URL: `http://127.0.0.1:${await closedPort()}`,
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { SQLITE_DIR: '.data/test' }),
    },
    { quiet: !process.env.DEMARCHE_TEST_LOGS, only: ['ingest'] },
  );
  await waitReady(outage);
});

afterAll(() => stopServices(outage));

const pushHtml = async (base: string) => {
  const res = await fetch(`${base}/releases?source=mfa.example.org`, { method: 'POST', headers: { 'content-type': 'text/html; charset=utf-8' }, body: page });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};
const indexed = (id: string) => fetch(`${searchUrl}/releases/${id}`).then((res) => res.json() as Promise<Record<string, any>>);

describe('HTML pages get the extractor server\'s second opinion', () => {
  let id = '';

  it('accepts a page while the extractor server is down, extracted by ours alone, and says so once in the log', async () => {
    const res = await pushHtml(`http://127.0.0.1:${OUTAGE_PORT}`);
    expect(res.status).toBe(202);
    expect(res.body.status).toBe('accepted');
    id = String(res.body.id);
    const doc = await eventually(() => indexed(id), (d) => Array.isArray(d.paragraphs));
    expect(doc.paragraphs.join('\n')).toContain('The agreement sets catch limits for skipjack');
    expect(doc.paragraphs.join('\n')).not.toContain(EXTRA);
    expect(outage[0].output.filter((line) => line.includes('extractor server unavailable'))).toHaveLength(1);
  });

  it('merges the server\'s answer into the same release, as a new revision that replaces the indexed text', async () => {
    const res = await pushHtml(ingestUrl);
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ status: 'updated', id });
    const doc = await eventually(() => indexed(id), (d) => Array.isArray(d.paragraphs) && d.paragraphs.join('\n').includes(EXTRA));
    expect(doc.paragraphs.join('\n')).toContain('The agreement sets catch limits for skipjack');
    expect(doc.title).toBe(`Minister welcomes renewed Pacific fisheries agreement (${m})`);
  });
});
