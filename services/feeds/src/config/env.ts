import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { DatabaseEnv, withElasticsearch } from '@demarche/config';

export class FeedsEnv extends withElasticsearch(DatabaseEnv) {
  override PORT: number = 8082;

  /** Base URL the feeds are reachable at, used for self links in Atom/RSS/JSON Feed. Unset: http://127.0.0.1:PORT. */
  @IsOptional()
  @Matches(/^https?:\/\/.+/, { message: 'must be an http(s) URL' })
  PUBLIC_URL?: string;

  /** WebSub hub advertised in every feed (rel="hub"). Unset: no hub link. */
  @IsOptional()
  @Matches(/^https?:\/\/.+/, { message: 'must be an http(s) URL' })
  WEBSUB_HUB_URL?: string;

  /** YAML list of topic feeds; unset: services/feeds/topic-feeds.yaml. */
  @IsOptional()
  @IsString()
  TOPIC_FEEDS_FILE?: string;

  /** Consecutive failed webhook deliveries after which a subscription is disabled. */
  @IsInt()
  @Min(1)
  WEBHOOK_MAX_FAILURES: number = 10;

  /**
   * Webhook targets that may be loopback or private addresses: `true` for any, or a comma list of
   * hosts (`host` or `host:port`). Unset: public addresses only (the SSRF guard).
   */
  @IsOptional()
  @Matches(/^(true|false|[\w.:[\]-]+(,[\w.:[\]-]+)*)$/i, { message: 'must be true, false or a comma list of hosts' })
  WEBHOOK_ALLOW_PRIVATE_NETWORK?: string;

  @IsInt()
  @Min(100)
  WEBHOOK_TIMEOUT_MS: number = 10_000;

  /** First retry delay; doubles per attempt with jitter, capped at WEBHOOK_RETRY_MAX_MS. */
  @IsInt()
  @Min(10)
  WEBHOOK_RETRY_BASE_MS: number = 1000;

  @IsInt()
  @Min(100)
  WEBHOOK_RETRY_MAX_MS: number = 15 * 60_000;

  @IsInt()
  @Min(1)
  @Max(1000)
  WEBHOOK_CONCURRENCY: number = 64;

  /** How often the outbox is polled (it is also woken whenever a match is recorded). */
  @IsInt()
  @Min(50)
  OUTBOX_POLL_MS: number = 1000;

  /** How often each replica reads new items from the feed item log for its SSE clients. */
  @IsInt()
  @Min(20)
  LIVE_POLL_MS: number = 250;

  /**
   * How long a hole in the item sequence (a transaction still committing on another replica) is
   * waited for before the live streams go past it; a client that reconnects still gets the item.
   */
  @IsInt()
  @Min(100)
  LIVE_GAP_WAIT_MS: number = 5000;

  /**
   * SMTP server for e-mail delivery, as a URL (`smtp://host:587`, `smtps://user:pass@host:465`).
   * Unset: subscriptions cannot ask for e-mail.
   */
  @IsOptional()
  @Matches(/^smtps?:\/\/.+/, { message: 'must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  /** The From of every e-mail. */
  @IsString()
  MAIL_FROM: string = 'Démarche feeds <feeds@localhost>';

  /** Digest windows: a digest goes out at the end of the window its first item fell in. */
  @IsInt()
  @Min(1000)
  EMAIL_HOURLY_DIGEST_MS: number = 3_600_000;

  @IsInt()
  @Min(1000)
  EMAIL_DAILY_DIGEST_MS: number = 86_400_000;

  /** Items per pull feed document. */
  @IsInt()
  @Min(1)
  @Max(500)
  FEED_ITEMS: number = 50;
}
