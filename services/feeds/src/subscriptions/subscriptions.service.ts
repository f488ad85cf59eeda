import { randomBytes } from 'node:crypto';
import { BadRequestException, Inject, Injectable, Logger, NotFoundException, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { parseQuery, QuerySyntaxError } from '@demarche/query';
import { Delivery } from '../delivery/delivery.entity.js';
import { TOPIC_FEEDS } from '../topic-feeds/topic-feeds.module.js';
import type { TopicFeed } from '../topic-feeds/topic-feeds.js';
import { FeedsConfig } from '../config/feeds.config.js';
import type { CreateSubscriptionDto, DeliverySettingsDto, UpdateSubscriptionDto } from './subscription.dto.js';
import { Subscription, type DeliverySettings, type SubscriptionFilter } from './subscription.entity.js';
import { WebhookTargetPolicy } from './webhook-target.policy.js';

const CRITERIA: Array<keyof SubscriptionFilter> = ['topics', 'entities', 'countries', 'sources', 'languages', 'eventTypes', 'query'];

/** Subscriptions, with an in-memory copy of the active ones for matching (reloaded on change and every few seconds). */
@Injectable()
export class SubscriptionsService implements OnApplicationBootstrap {
  private static readonly CACHE_MS = 3000;
  private readonly logger = new Logger(SubscriptionsService.name);
  private cache?: { at: number; active: Promise<Subscription[]> };

  constructor(
    @InjectRepository(Subscription) private readonly repo: Repository<Subscription>,
    @Inject(TOPIC_FEEDS) private readonly feeds: TopicFeed[],
    private readonly webhookTargets: WebhookTargetPolicy,
    config: FeedsConfig,
  ) {
    this.emailEnabled = !!config.email.smtpUrl;
  }

  private readonly emailEnabled: boolean;

  /**
   * A subscription saved before queries were checked may hold one that no longer parses: it would
   * match nothing without a word, so it is disabled with the parse error as the reason.
   */
  async onApplicationBootstrap() {
    const now = new Date().toISOString();
    for (const sub of await this.repo.findBy({ status: 'active' })) {
      const problem = queryProblem(sub.filter);
      if (!problem) continue;
      await this.repo.update({ id: sub.id }, { status: 'disabled', disabledReason: `filter.query does not parse: ${problem}`, updatedAt: now });
      this.logger.warn({ msg: 'subscription disabled: its query does not parse', subscriptionId: sub.id, problem });
    }
    this.invalidate();
  }

  async create(dto: CreateSubscriptionDto): Promise<Subscription> {
    const filter = this.checkFilter(dto.filter);
    const delivery = await this.deliverySettings(dto.delivery);
    const now = new Date().toISOString();
    const subscription = this.repo.create({
      id: `sub_${randomBytes(10).toString('hex')}`,
      name: dto.name,
      owner: dto.owner,
      filter,
      delivery,
      webhookSecret: `whsec_${randomBytes(24).toString('hex')}`,
      status: 'active',
      disabledReason: null,
      consecutiveFailures: 0,
      createdAt: now,
      updatedAt: now,
    });
    await this.repo.insert(subscription);
    this.invalidate();
    return subscription;
  }

  list(owner?: string): Promise<Subscription[]> {
    return this.repo.find({ where: owner ? { owner } : {}, order: { createdAt: 'ASC' } });
  }

  async get(id: string): Promise<Subscription> {
    const found = await this.repo.findOneBy({ id });
    if (!found) throw new NotFoundException(`No subscription ${id}`);
    return found;
  }

  async update(id: string, dto: UpdateSubscriptionDto): Promise<Subscription> {
    const subscription = await this.get(id);
    if (dto.name !== undefined) subscription.name = dto.name;
    if (dto.owner !== undefined) subscription.owner = dto.owner;
    if (dto.filter !== undefined) subscription.filter = this.checkFilter(dto.filter);
    if (dto.delivery !== undefined) subscription.delivery = await this.deliverySettings(dto.delivery, subscription.delivery);
    if (dto.status === 'active') {
      subscription.status = 'active';
      subscription.disabledReason = null;
      subscription.consecutiveFailures = 0;
    } else if (dto.status === 'disabled') {
      subscription.status = 'disabled';
      subscription.disabledReason = 'disabled by request';
    }
    subscription.updatedAt = new Date().toISOString();
    await this.repo.save(subscription);
    if (dto.status === 'active') {
      // Deliveries held back while it was disabled go out now.
      await this.repo.manager.update(Delivery, { subscriptionId: id, status: 'pending' }, { nextAttemptAt: Date.now() });
    }
    this.invalidate();
    return subscription;
  }

  async remove(id: string): Promise<void> {
    const res = await this.repo.delete({ id });
    if (!res.affected) throw new NotFoundException(`No subscription ${id}`);
    this.invalidate();
  }

  /** Active subscriptions, for matching. */
  active(): Promise<Subscription[]> {
    if (!this.cache || Date.now() - this.cache.at > SubscriptionsService.CACHE_MS) {
      const active = this.repo.findBy({ status: 'active' });
      this.cache = { at: Date.now(), active };
      active.catch(() => (this.cache = undefined));
    }
    return this.cache.active;
  }

  invalidate() {
    this.cache = undefined;
  }

  /** Stops e-mail deliveries to this subscription (the unsubscribe link); pending ones are dropped. */
  async unsubscribeEmail(subscription: Subscription): Promise<void> {
    if (!subscription.delivery.email) return;
    const { email: _dropped, ...rest } = subscription.delivery;
    subscription.delivery = rest;
    subscription.updatedAt = new Date().toISOString();
    await this.repo.save(subscription);
    await this.repo.manager.update(
      Delivery,
      { subscriptionId: subscription.id, channel: 'email', status: 'pending' },
      { status: 'failed', lastError: 'unsubscribed by the recipient', claimToken: null },
    );
    this.invalidate();
  }

  private async deliverySettings(dto: DeliverySettingsDto | undefined, previous?: DeliverySettings): Promise<DeliverySettings> {
    if (dto?.webhook) await this.webhookTargets.check(dto.webhook.url);
    if (dto?.email && !this.emailEnabled) {
      throw new BadRequestException('delivery.email: e-mail delivery is not configured on this service (SMTP_URL)');
    }
    return {
      ...(dto?.webhook ? { webhook: { url: dto.webhook.url } } : {}),
      ...(dto?.email ? { email: { to: dto.email.to, digest: dto.email.digest ?? 'item' } } : {}),
      everyCopy: dto?.everyCopy ?? previous?.everyCopy ?? false,
    };
  }

  /** The filter without empty criteria; a 400 naming what is wrong. */
  checkFilter(filter: SubscriptionFilter): SubscriptionFilter {
    const clean = Object.fromEntries(
      CRITERIA.filter((k) => (Array.isArray(filter[k]) ? (filter[k] as string[]).length > 0 : !!filter[k])).map((k) => [k, filter[k]]),
    ) as SubscriptionFilter;
    if (!Object.keys(clean).length) {
      throw new BadRequestException(`filter needs at least one of: ${CRITERIA.join(', ')}`);
    }
    const unknown = (clean.topics ?? []).filter((slug) => !this.feeds.some((f) => f.slug === slug));
    if (unknown.length) {
      throw new BadRequestException(`filter.topics: unknown topic feed ${unknown.join(', ')} (see GET /feeds)`);
    }
    if (clean.query !== undefined) checkQuery(clean.query);
    return clean;
  }
}

/** Why a stored filter's query no longer parses (saved before queries were checked), or undefined. */
export function queryProblem(filter: SubscriptionFilter): string | undefined {
  if (filter.query === undefined) return undefined;
  try {
    return parseQuery(filter.query) === undefined ? 'query is empty' : undefined;
  } catch (error) {
    if (error instanceof QuerySyntaxError) return error.message;
    throw error;
  }
}

/** The query must parse as the search API's `q`; the 400 says what is wrong and at which character. */
export function checkQuery(query: string) {
  try {
    if (parseQuery(query) === undefined) throw new QuerySyntaxError('query is empty');
  } catch (error) {
    if (!(error instanceof QuerySyntaxError)) throw error;
    throw new BadRequestException({
      statusCode: 400,
      error: 'Bad Request',
      message: `filter.query: ${error.message}`,
      ...(error.position !== undefined ? { character: error.position + 1 } : {}),
    });
  }
}
