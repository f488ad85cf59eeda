import { BadRequestException, Injectable } from '@nestjs/common';
import { checkUrlTarget, FetchError } from '@demarche/net';
import { FeedsConfig } from '../config/feeds.config.js';

/**
 * Webhook targets get the same SSRF guard as the ingest service's fetches: public unicast
 * addresses only, http(s) only. Checked when a subscription is stored (a clear 400) and again at
 * connect time for every delivery, since a name can resolve elsewhere later.
 * WEBHOOK_ALLOW_PRIVATE_NETWORK is `true` (any private target, e.g. a newsroom's intranet) or a
 * comma list of hosts (`host` or `host:port`) that may be private; unset or `false`: none.
 */
@Injectable()
export class WebhookTargetPolicy {
  private readonly allowAll: boolean;
  private readonly allowedHosts: Set<string>;

  constructor(config: FeedsConfig) {
    const setting = (config.webhook.allowPrivateNetwork ?? '').trim().toLowerCase();
    this.allowAll = setting === 'true';
    this.allowedHosts = new Set(setting === 'false' || this.allowAll ? [] : setting.split(',').map((h) => h.trim()).filter(Boolean));
  }

  /** May this URL's host be a loopback or private address? */
  allowsPrivate(url: string): boolean {
    if (this.allowAll) return true;
    try {
      const { host, hostname } = new URL(url);
      return this.allowedHosts.has(host.toLowerCase()) || this.allowedHosts.has(hostname.toLowerCase());
    } catch {
      return false;
    }
  }

  /** Throws a 400 naming why the target is refused. */
  async check(url: string): Promise<void> {
    try {
      await checkUrlTarget(url, this.allowsPrivate(url));
    } catch (error) {
      if (!(error instanceof FetchError)) throw error;
      throw new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        code: `WEBHOOK.${error.code.slice('FETCH.'.length)}`,
        message: [`delivery.webhook.url: ${error.message}`],
      });
    }
  }
}
