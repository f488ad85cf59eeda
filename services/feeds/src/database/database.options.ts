import { databaseOptions as relationalStore } from '@demarche/platform';
import { Delivery } from '../delivery/delivery.entity.js';
import { DeliveryAttempt } from '../delivery/delivery-attempt.entity.js';
import { FeedItem } from '../items/feed-item.entity.js';
import { FeedRelease } from '../items/feed-release.entity.js';
import { Subscription } from '../subscriptions/subscription.entity.js';
import { CreateFeedsTables1764400000000 } from '../migrations/1764400000000-CreateFeedsTables.js';

export const tables = { entities: [Subscription, FeedItem, FeedRelease, Delivery, DeliveryAttempt], migrations: [CreateFeedsTables1764400000000] };

/** This service's tables and their migrations, in PostgreSQL or SQLite (see relationalStore). */
export const databaseOptions = (env: { DATABASE_URL?: string; SQLITE_PATH: string }) => relationalStore({ service: 'feeds', ...tables }, env);
