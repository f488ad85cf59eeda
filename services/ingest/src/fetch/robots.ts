import robotsParserModule from 'robots-parser';
import { guardedFetch, type FetchOptions } from '@demarche/net';

export const USER_AGENT = 'DemarcheBot';
const CACHE_MS = 60 * 60 * 1000;

interface Robots {
  isAllowed(url: string, ua?: string): boolean | undefined;
}
// A CommonJS module whose typings declare an ES default export: under NodeNext the default is the function itself.
const robotsParser = robotsParserModule as unknown as (url: string, robotsTxt: string) => Robots;

/** robots.txt per origin, cached for an hour. Missing (4xx) allows all; unreachable (5xx) allows none, as RFC 9309 says. */
export class RobotsCache {
  private readonly cache = new Map<string, { robots: Robots | 'allow' | 'deny'; until: number }>();

  async isAllowed(url: string, options: FetchOptions): Promise<boolean> {
    const origin = new URL(url).origin;
    let entry = this.cache.get(origin);
    if (!entry || entry.until < Date.now()) {
      entry = { robots: await this.load(origin, options), until: Date.now() + CACHE_MS };
      this.cache.set(origin, entry);
    }
    if (entry.robots === 'allow') return true;
    if (entry.robots === 'deny') return false;
    return entry.robots.isAllowed(url, USER_AGENT) !== false;
  }

  private async load(origin: string, options: FetchOptions): Promise<Robots | 'allow' | 'deny'> {
    const robotsUrl = `${origin}/robots.txt`;
    const res = await guardedFetch(robotsUrl, { ...options, maxBytes: Math.min(options.maxBytes, 512 * 1024) });
    if (res.status >= 400 && res.status < 500) return 'allow';
    if (res.status >= 500) return 'deny';
    return robotsParser(robotsUrl, res.body.toString('utf8'));
  }
}
