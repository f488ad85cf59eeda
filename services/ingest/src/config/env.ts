import { IsIn, IsInt, IsNumber, IsString, Matches, Max, Min } from 'class-validator';
import { DatabaseEnv } from '@demarche/config';
import { DEFAULT_EXTRACTOR_URL } from '@demarche/text';

export class IngestEnv extends DatabaseEnv {
  override PORT: number = 8081;

  /**
   * The extractor server (trafilatura; deploy/local/stack up extractor) whose paragraphs are merged
   * with ours for HTML pages; empty: ours alone. Down or slow, it is skipped, never waited for.
   */
  @Matches(/^(https?:\/\/.+)?$/, { message: 'must be an http(s) URL or empty' })
  EXTRACTOR_URL = DEFAULT_EXTRACTOR_URL;

  /** A page the extractor server has not answered by then is extracted by us alone. */
  @IsInt()
  @Min(50)
  EXTRACTOR_TIMEOUT_MS: number = 3_000;

  /** Source id given to pushed releases that name none. */
  @Matches(/^[a-z0-9][a-z0-9._-]*$/)
  DEFAULT_SOURCE = 'push';

  /** Largest accepted request body, in bytes. */
  @IsInt()
  @Min(1024)
  MAX_BODY_BYTES: number = 5 * 1024 * 1024;

  /** Ledger rows not yet confirmed on Kafka after this long are published again. */
  @IsInt()
  @Min(1000)
  REPUBLISH_AFTER_MS: number = 15_000;

  @IsString()
  DEFAULT_TIMEZONE = '';

  /** Estimated Jaccard similarity (word 3-gram MinHash) above which two releases share a cluster. */
  @IsNumber()
  @Min(0.1)
  @Max(1)
  NEAR_DUPLICATE_THRESHOLD: number = 0.5;

  /** Lines a `POST /releases/batch` request may hold. */
  @IsInt()
  @Min(1)
  BATCH_MAX_LINES: number = 10_000;

  /** A YAML sources registry loaded (upserted) at start-up, e.g. `sources.yaml`; empty: none. */
  @IsString()
  SOURCES_FILE = '';

  /** How often the poller looks for sources due; 0 turns polling off (the API still polls on demand). */
  @IsInt()
  @Min(0)
  POLL_TICK_MS: number = 5_000;

  @IsInt()
  @Min(100)
  FETCH_TIMEOUT_MS: number = 20_000;

  @IsInt()
  @Min(1024)
  FETCH_MAX_BYTES: number = 5 * 1024 * 1024;

  @IsInt()
  @Min(0)
  FETCH_MAX_REDIRECTS: number = 5;

  /** Least time between two requests to one host (feeds, pages, robots.txt). */
  @IsInt()
  @Min(0)
  HOST_MIN_INTERVAL_MS: number = 1_000;

  /**
   * Which sources learn their template (blocks recurring across their documents are stripped):
   * `registered` (polled feeds, listings, sitemaps), `all` (pushes too), `off`.
   */
  @IsIn(['registered', 'all', 'off'])
  TEMPLATE_LEARNING: 'registered' | 'all' | 'off' = 'registered';

  /** A block is template when seen in at least this many documents of the source… */
  @IsInt()
  @Min(2)
  TEMPLATE_MIN_DOCUMENTS: number = 3;

  /** …and in at least this share of its last TEMPLATE_WINDOW documents. */
  @IsNumber()
  @Min(0.05)
  @Max(1)
  TEMPLATE_MIN_SHARE: number = 0.3;

  @IsInt()
  @Min(3)
  @Max(1000)
  TEMPLATE_WINDOW: number = 50;
}
