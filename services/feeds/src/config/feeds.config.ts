import type { FeedsEnv } from './env.js';

export abstract class FeedsConfig {
  /** Where clients reach this service: PUBLIC_URL, or the local port. */
  abstract readonly publicUrl: string;
  abstract readonly websubHubUrl?: string;
  /** The topic feeds file; unset: the one the service ships with. */
  abstract readonly topicFeedsFile?: string;
  /** Items a pulled feed holds. */
  abstract readonly feedItems: number;
  abstract readonly outboxPollMs: number;
  abstract readonly webhook: { concurrency: number; timeoutMs: number; maxFailures: number; allowPrivateNetwork?: string };
  /** Webhook and e-mail retries: exponential backoff with equal jitter between these bounds. */
  abstract readonly retry: { baseMs: number; maxMs: number };
  abstract readonly live: { pollMs: number; gapWaitMs: number };
  /** Unset smtpUrl: subscriptions cannot ask for e-mail. */
  abstract readonly email: { smtpUrl?: string; from: string; hourlyDigestMs: number; dailyDigestMs: number };
}

export const feedsConfig = (env: FeedsEnv): FeedsConfig => ({
  publicUrl: (env.PUBLIC_URL || `http://127.0.0.1:${env.PORT}`).replace(/\/$/, ''),
  websubHubUrl: env.WEBSUB_HUB_URL || undefined,
  topicFeedsFile: env.TOPIC_FEEDS_FILE || undefined,
  feedItems: env.FEED_ITEMS,
  outboxPollMs: env.OUTBOX_POLL_MS,
  webhook: {
    concurrency: env.WEBHOOK_CONCURRENCY,
    timeoutMs: env.WEBHOOK_TIMEOUT_MS,
    maxFailures: env.WEBHOOK_MAX_FAILURES,
    allowPrivateNetwork: env.WEBHOOK_ALLOW_PRIVATE_NETWORK,
  },
  retry: { baseMs: env.WEBHOOK_RETRY_BASE_MS, maxMs: env.WEBHOOK_RETRY_MAX_MS },
  live: { pollMs: env.LIVE_POLL_MS, gapWaitMs: env.LIVE_GAP_WAIT_MS },
  email: { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM, hourlyDigestMs: env.EMAIL_HOURLY_DIGEST_MS, dailyDigestMs: env.EMAIL_DAILY_DIGEST_MS },
});
