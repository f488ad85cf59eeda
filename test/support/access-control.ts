import { rmSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { startServices, stopServices, waitReady } from '../../scripts/lib/services.mjs';
import { startGroupsAtEnd } from '../../scripts/lib/topics.mjs';
import { kafkaClient, TEST_ALIAS } from './env.js';
import { hex } from './feeds.js';

/**
 * Search, ingest and feeds of our own with API keys configured (the shared test services run
 * with access control off), on ports apart from the others, with their own consumer groups
 * (moved to the topics' ends first, so they do not re-read history) and their own SQLite files.
 */
export const run = hex(4);
const PORTS = { SEARCH_PORT: 18180, INGEST_PORT: 18181, FEEDS_PORT: 18182 };
export const search = `http://127.0.0.1:${PORTS.SEARCH_PORT}`;
export const ingest = `http://127.0.0.1:${PORTS.INGEST_PORT}`;
export const feeds = `http://127.0.0.1:${PORTS.FEEDS_PORT}`;
const groupPrefix = `demarche-test-auth-${run}`;
const sqliteDir = `.data/test-auth-${run}`;

export const SECRET = {
  reader: `rd-${hex(12)}`,
  pusher: `pu-${hex(12)}`,
  newsroom: `nw-${hex(12)}`,
  ops: `op-${hex(12)}`,
  limited: `li-${hex(12)}`,
};
const API_KEYS = [
  `reader:${SECRET.reader}:search`,
  `pusher:${SECRET.pusher}:ingest`,
  `newsroom:${SECRET.newsroom}:search+subscriptions`,
  `ops:${SECRET.ops}:admin`,
  `limited:${SECRET.limited}:search:3`,
].join(';');

type Started = ReturnType<typeof startServices>;
let services: Started = [];
/** Everything the three services print, whole (startServices keeps only a tail). */
export const printed: string[] = [];

/**
 * Commits the topics' end offsets for the services' consumer groups before they start, so
 * they begin at new messages instead of re-reading the shared topics' whole history.
 */
async function moveGroupsToLatest() {
  const admin = kafkaClient(`auth-test-${run}`).admin();
  await admin.connect();
  try {
    await startGroupsAtEnd(admin, {
      [`${groupPrefix}.ingest`]: ['releases.translated.v1', 'releases.enriched.v1', 'releases.indexed.v1'],
      [`${groupPrefix}.feeds`]: ['releases.indexed.v1'],
    });
  } finally {
    await admin.disconnect();
  }
}

export const as = (who: keyof typeof SECRET | undefined, headers: Record<string, string> = {}) =>
  who ? { ...headers, authorization: `Bearer ${SECRET[who]}` } : headers;

export async function call(url: string, init: RequestInit = {}) {
  const res = await fetch(url, init);
  const text = await res.text();
  let body: Record<string, unknown> = {};
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // feeds and SSE are not JSON
  }
  return { status: res.status, headers: res.headers, body, text };
}

/** Starts the three services with API keys before the file's tests, and stops them after. */
export function useAccessControlledServices() {
  beforeAll(async () => {
    await moveGroupsToLatest();
    services = startServices(
      {
        ...PORTS,
        NODE_ENV: 'test',
        LOG_FORMAT: 'json',
        // Every level, so a key logged anywhere would show.
        LOG_LEVEL: 'verbose',
        KAFKA_GROUP_PREFIX: groupPrefix,
        ELASTICSEARCH_ALIAS: TEST_ALIAS,
        SQLITE_DIR: sqliteDir,
        DATABASE_URL: undefined,
        POLL_TICK_MS: '0',
        API_KEYS,
      },
      { quiet: !process.env.DEMARCHE_TEST_LOGS, only: ['search', 'ingest', 'feeds'] },
    );
    for (const { child } of services) {
      for (const stream of [child.stdout, child.stderr]) stream?.on('data', (chunk: string) => printed.push(chunk));
    }
    await waitReady(services);
  });

  afterAll(async () => {
    await stopServices(services);
    rmSync(sqliteDir, { recursive: true, force: true });
    const admin = kafkaClient(`auth-test-${run}`).admin();
    await admin.connect();
    await admin.deleteGroups([`${groupPrefix}.ingest`, `${groupPrefix}.feeds`]).catch(() => undefined);
    await admin.disconnect();
  });
}
