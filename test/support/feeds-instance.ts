import { spawn, type ChildProcess } from 'node:child_process';
import { TEST_ALIAS } from './env.js';
import { eventually } from './http.js';

export interface FeedsInstance {
  port: number;
  /** Consumer groups of the test's own, seeded at the topics' ends. */
  groupPrefix: string;
  /** A topic-feeds file of the test's own (usually empty: no topic feed). */
  topicFeedsFile: string;
  /** Its store: this database, or else this SQLite file. */
  databaseUrl?: string;
  sqlitePath?: string;
  /** Settings of the test (timings, SMTP, WebSub hub …). */
  extra?: Record<string, string>;
}

/** The environment of a feeds instance of a test's own, apart from the shared e2e feeds service. */
export function feedsInstanceEnv({ port, groupPrefix, topicFeedsFile, databaseUrl, sqlitePath, extra = {} }: FeedsInstance): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    NODE_ENV: 'test',
    LOG_FORMAT: 'json',
    TOPIC_FEEDS_FILE: topicFeedsFile,
    KAFKA_GROUP_PREFIX: groupPrefix,
    ELASTICSEARCH_ALIAS: TEST_ALIAS,
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { SQLITE_PATH: sqlitePath }),
    ...extra,
  };
  if (!databaseUrl) delete env.DATABASE_URL;
  return env;
}

/** Starts the built feeds service with that environment; stdout is piped when the test reads the logs. */
export function spawnFeeds(instance: FeedsInstance, stdout: 'ignore' | 'pipe' = 'ignore'): ChildProcess {
  const logs = process.env.DEMARCHE_TEST_LOGS ? 'inherit' : 'ignore';
  return spawn(process.execPath, ['services/feeds/dist/main.js'], {
    env: feedsInstanceEnv(instance),
    stdio: stdout === 'pipe' ? ['ignore', 'pipe', logs] : logs,
  });
}

/** Resolves once the instance at this base URL answers ready. */
export function feedsReady(base: string) {
  return eventually(() => fetch(`${base}/health/ready`).then((r) => r.status, () => 0), (status) => status === 200, 60_000);
}
