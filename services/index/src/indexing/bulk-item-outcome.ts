import { DeadLetterError } from '@demarche/contracts';
import { DependencyUnavailableError } from '@demarche/kafka';

/** One item of an Elasticsearch `_bulk` response, as far as we read it. */
export interface BulkItemResult {
  _index?: string;
  status: number;
  error?: { type?: string; reason?: string | null } | null;
}

export type BulkItemOutcome =
  | { kind: 'indexed'; index: string }
  /** Elasticsearch already holds a newer revision: nothing to write, nothing to announce. */
  | { kind: 'stale' };

/**
 * Sorts one bulk item: acknowledged, older than what is indexed (409 under external
 * versioning), rejected for good (the document itself is wrong → dead letter), or
 * the cluster is busy or down (429 / 5xx → wait, without committing).
 */
export function bulkItemOutcome(item: BulkItemResult, alias: string): BulkItemOutcome {
  if (item.status >= 200 && item.status < 300) return { kind: 'indexed', index: item._index ?? alias };
  if (item.status === 409) return { kind: 'stale' };
  const reason = `${item.error?.type ?? 'error'}: ${item.error?.reason ?? 'no reason given'}`;
  if (item.status === 429 || item.status >= 500) {
    throw new DependencyUnavailableError('elasticsearch', `bulk item ${item.status} ${reason}`);
  }
  throw new DeadLetterError('INDEX.REJECTED', `elasticsearch rejected the document (${item.status}): ${reason}`);
}
