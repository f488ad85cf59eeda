import { HttpException, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isDependencyUnavailable } from '@demarche/kafka';
import { decodeBytes, isExtractionError, type FeedItem } from '@demarche/text';
import type { Repository } from 'typeorm';
import { PollingConfig } from '../config/ingest.config.js';
import { FetchError, guardedFetch, type FetchOptions, type FetchResult } from '@demarche/net';
import { HostRateLimiter } from '../fetch/host-rate-limiter.js';
import { RobotsCache } from '../fetch/robots.js';
import { outcomeOfError } from '../http/outcome-of-error.js';
import { DomainError } from '../releases/release.errors.js';
import type { IngestInput } from '../releases/release-event.js';
import { ReleasesService } from '../releases/releases.service.js';
import { discoverItems, header, HTML_ACCEPT, itemKey, sitemapKey, XML_ACCEPT, type DiscoveredItem } from './item-discovery.js';
import { embeddedItemInput, feedItemBase, lastModifiedFallback } from './feed-item-input.js';
import { SourceItemRecord } from './source-item.entity.js';
import { SourceRecord } from './source.entity.js';
import type { PollResultDto } from './source.dto.js';

const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1';
// New items handled per poll of a listing or sitemap at most (a sitemap may list a whole archive,
// each item a page fetch); the rest waits for the next poll. A feed holds what it holds (≤ 500).
const MAX_ITEMS_PER_POLL = 200;

/**
 * Polls one source — a feed, an HTML listing page or a sitemap: conditional GET, new items only,
 * each item's page fetched when the source holds no full text (robots.txt and the per-host rate
 * limit obeyed), every fetch through the SSRF guard. The validators (ETag, Last-Modified) are
 * stored only after every item was handled, so a failed or truncated run is retried next time.
 */
@Injectable()
export class FeedPollerService {
  private readonly logger = new Logger(FeedPollerService.name);
  private readonly robots = new RobotsCache();
  private readonly limiter: HostRateLimiter;
  private readonly running = new Set<string>();

  constructor(
    @InjectRepository(SourceRecord) private readonly sources: Repository<SourceRecord>,
    @InjectRepository(SourceItemRecord) private readonly items: Repository<SourceItemRecord>,
    private readonly releases: ReleasesService,
    private readonly config: PollingConfig,
  ) {
    this.limiter = new HostRateLimiter(config.hostMinIntervalMs);
  }

  async poll(source: SourceRecord): Promise<PollResultDto> {
    const result: PollResultDto = { sourceId: source.id, notModified: false, items: 0, known: 0, ingested: 0, duplicates: 0, rejected: 0 };
    if (this.running.has(source.id)) return { ...result, error: { code: 'POLL.BUSY', message: 'a poll of this source is running' } };
    this.running.add(source.id);
    const startedAt = new Date();
    try {
      const fetched = await this.fetch(source, source.url, {
        ...(source.etag ? { 'if-none-match': source.etag } : {}),
        ...(source.lastModified ? { 'if-modified-since': source.lastModified } : {}),
        accept: source.kind === 'listing' ? HTML_ACCEPT : source.kind === 'sitemap' ? XML_ACCEPT : FEED_ACCEPT,
      });
      if (fetched.status === 304) {
        result.notModified = true;
      } else {
        if (fetched.status !== 200) throw new FetchError('FETCH.HTTP', `${source.url} answered ${fetched.status}`, fetched.status);
        const found = await discoverItems(source, fetched, {
          fetch: (url, accept) => this.fetch(source, url, { accept }),
          isKnown: (key) => this.items.existsBy({ sourceId: source.id, itemKey: key }),
          sitemapLastmod: async (url) => (await this.items.findOneBy({ sourceId: source.id, itemKey: sitemapKey(url) }))?.lastmod ?? undefined,
        });
        result.items = found.items.length;
        const limit = source.kind === 'feed' ? Infinity : MAX_ITEMS_PER_POLL;
        let handled = 0;
        for (const item of found.items) {
          if (handled >= limit) break;
          if (await this.handleItem(source, item, result)) handled++;
        }
        // A truncated run keeps the old validators, so the next poll is not a 304 and reads the rest.
        if (handled < limit) {
          for (const mark of found.sitemapMarks) {
            await this.items.save({ sourceId: source.id, itemKey: sitemapKey(mark.url), releaseId: null, outcome: 'sitemap', lastmod: mark.lastmod, seenAt: new Date().toISOString() });
          }
          source.etag = header(fetched, 'etag') ?? null;
          source.lastModified = header(fetched, 'last-modified') ?? null;
        }
      }
      source.lastSuccessAt = new Date().toISOString();
      source.consecutiveFailures = 0;
      source.lastError = null;
      source.lastErrorCode = null;
    } catch (error) {
      const code = (error as { code?: string }).code;
      result.error = {
        code: typeof code === 'string' && /^[A-Z]+\./.test(code) ? code : isDependencyUnavailable(error) ? 'INGEST.DEPENDENCY_UNAVAILABLE' : 'POLL.FAILED',
        message: (error as Error).message,
      };
      source.lastError = result.error.message.slice(0, 2000);
      source.lastErrorCode = result.error.code;
      source.lastErrorAt = new Date().toISOString();
      source.consecutiveFailures += 1;
      this.logger.warn({ msg: 'poll failed', source: source.id, ...result.error });
    } finally {
      this.running.delete(source.id);
    }
    source.lastPolledAt = startedAt.toISOString();
    // Failing sources back off (×2 per failure, at most ×16) so a dead feed is not hammered.
    const backoff = Math.min(2 ** source.consecutiveFailures, 16);
    source.nextPollAt = new Date(startedAt.getTime() + source.intervalSeconds * 1000 * backoff).toISOString();
    source.itemsSeen += result.items - result.known;
    source.itemsIngested += result.ingested;
    source.itemsRejected += result.rejected;
    await this.sources.save(source);
    return result;
  }

  /** Ingests one item unless handled before (and, for a sitemap, unchanged since); true when it was handled now. */
  private async handleItem(source: SourceRecord, item: DiscoveredItem, result: PollResultDto): Promise<boolean> {
    const key = itemKey(item);
    const previous = await this.items.findOneBy({ sourceId: source.id, itemKey: key });
    if (previous && (!item.lastmod || previous.lastmod === item.lastmod)) {
      result.known++;
      return false;
    }
    let outcome: string;
    let releaseId: string | null = null;
    try {
      const ingested = await this.releases.ingest(await this.inputFor(source, item));
      releaseId = ingested.id;
      outcome = ingested.status;
      if (ingested.status === 'duplicate') result.duplicates++;
      else result.ingested++;
    } catch (error) {
      // An outage stops the run (retried whole later); a bad item is recorded and skipped for good.
      if (isDependencyUnavailable(error)) throw error;
      if (error instanceof FetchError && !['FETCH.HTTP', 'FETCH.ROBOTS', 'FETCH.TOO_LARGE', 'FETCH.ENCODING', 'FETCH.BLOCKED_ADDRESS', 'FETCH.SCHEME', 'FETCH.BAD_URL'].includes(error.code)) throw error;
      const reason = error instanceof FetchError ? error.code : error instanceof HttpException || error instanceof DomainError ? outcomeOfError(error).code : isExtractionError(error) ? error.code : 'POLL.ITEM_FAILED';
      outcome = `rejected:${reason}`;
      result.rejected++;
      this.logger.warn({ msg: 'feed item rejected', source: source.id, item: item.id, reason, error: (error as Error).message });
    }
    await this.items.save({ sourceId: source.id, itemKey: key, releaseId, outcome: outcome.slice(0, 80), lastmod: item.lastmod?.slice(0, 40) ?? null, seenAt: new Date().toISOString() });
    return true;
  }

  private async inputFor(source: SourceRecord, item: FeedItem): Promise<IngestInput> {
    const base = feedItemBase(source, item);
    const url = item.url && /^https?:\/\//i.test(item.url) ? new URL(item.url, source.url).toString() : undefined;
    // Listing and sitemap items are only links: their page is the release.
    if (url && (item.summaryOnly || !item.html) && (source.fetchPages || source.kind !== 'feed')) {
      const page = await this.fetch(source, url, { accept: HTML_ACCEPT });
      if (page.status !== 200) throw new FetchError('FETCH.HTTP', `${url} answered ${page.status}`, page.status);
      const contentType = header(page, 'content-type') ?? 'text/html';
      const decoded = decodeBytes(page.body, { declared: contentType, sniffMarkup: true });
      return { ...base, ...lastModifiedFallback(base, header(page, 'last-modified')), format: /text\/plain/.test(contentType) ? 'text' : 'html', content: decoded.text, rawBytes: page.body, url: page.url, contentType: `${contentType.split(';')[0]}; charset=${decoded.charset}` };
    }
    return embeddedItemInput(base, item, url);
  }

  /** One outbound GET: robots.txt first (pages and feeds alike), the host's rate limit, the SSRF guard. */
  private async fetch(source: SourceRecord, url: string, headers: Record<string, string>): Promise<FetchResult> {
    const options: FetchOptions = {
      headers,
      allowPrivateNetwork: source.allowPrivateNetwork && new URL(url).host === new URL(source.url).host,
      ...this.config.fetch,
    };
    if (!(await this.robots.isAllowed(url, { ...options, headers: {} }))) {
      throw new FetchError('FETCH.ROBOTS', `robots.txt disallows ${url}`);
    }
    await this.limiter.wait(url);
    return guardedFetch(url, options);
  }
}


