import type { SearchEnv } from './env.js';

export abstract class SearchConfig {
  /** The feeds service, for the analyst page's alert preview. */
  abstract readonly feedsUrl: string;
}

export const searchConfig = (env: SearchEnv): SearchConfig => ({
  feedsUrl: (env.FEEDS_URL ?? `http://127.0.0.1:${env.FEEDS_PORT}`).replace(/\/$/, ''),
});
