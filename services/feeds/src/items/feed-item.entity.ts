import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { FieldFragments } from '@demarche/query';
import { jsonText } from '../database/json-column.js';

/** Why a release is in a feed: the rule and the evidence from the release. */
export interface MatchReason {
  rule: 'topic' | 'entity' | 'country' | 'source' | 'language' | 'eventType' | 'query';
  value: string;
  evidence: string;
  /** A query match: the matched words, as in the text. */
  terms?: string[];
  /** A query match: highlighted fragments (HTML, matched words in `<mark>`) per field and language. */
  fragments?: FieldFragments[];
}

export interface AlsoPublishedBy {
  releaseId: string;
  source: string;
  url?: string;
  title: string;
  at: string;
}

/** One story in one feed (a topic feed `topic:<slug>` or a subscription `sub:<id>`). `seq` is its SSE event id. */
@Entity('feed_item')
export class FeedItem {
  @PrimaryGeneratedColumn('increment')
  seq: number;

  @Column({ name: 'feed_key', type: 'varchar', length: 80 })
  feedKey: string;

  /** The cluster id, or the release id for subscribers that want every copy. */
  @Column({ name: 'dedupe_key', type: 'varchar', length: 64 })
  dedupeKey: string;

  @Column({ name: 'release_id', type: 'varchar', length: 32 })
  releaseId: string;

  @Column({ name: 'cluster_id', type: 'varchar', length: 64 })
  clusterId: string;

  @Column({ type: 'varchar', length: 1000 })
  title: string;

  @Column({ name: 'published_at', type: 'varchar', length: 40, nullable: true })
  publishedAt: string | null;

  @Column({ name: 'matched_at', type: 'varchar', length: 32 })
  matchedAt: string;

  @Column({ name: 'updated_at', type: 'varchar', length: 32 })
  updatedAt: string;

  @Column({ type: 'text', transformer: jsonText })
  why: MatchReason[];

  @Column({ name: 'also_published_by', type: 'text', transformer: jsonText })
  alsoPublishedBy: AlsoPublishedBy[];
}
