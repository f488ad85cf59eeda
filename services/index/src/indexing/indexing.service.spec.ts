import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errors, type Client } from '@elastic/elasticsearch';
import { DeadLetterError, type ReleaseEnrichedV1 } from '@demarche/contracts';
import { DependencyUnavailableError } from '@demarche/kafka';
import { IndexingService } from './indexing.service.js';

const sample = JSON.parse(
  readFileSync(new URL('../../../../libs/contracts/src/release-enriched/fixtures/v1.sample.json', import.meta.url), 'utf8'),
) as ReleaseEnrichedV1;
const release = (n: number, revision = sample.revision): ReleaseEnrichedV1 => ({ ...sample, id: `rel_${String(n).padStart(24, '0')}`, revision });

type BulkRequest = { refresh: string; operations: Record<string, unknown>[] };
type BulkItem = { status: number; _index?: string; error?: { type: string; reason: string } };

/** Elasticsearch's `_bulk` as a function of the request: every request is kept for the assertions. */
function newTestService(answer: (req: BulkRequest) => Promise<{ errors: boolean; took: number; items: { index: BulkItem }[] }>) {
  const requests: BulkRequest[] = [];
  const client = { bulk: async (req: BulkRequest) => (requests.push(req), answer(req)) } as unknown as Client;
  const config = { batch: { maxItems: 50, maxBytes: 5 * 1024 * 1024, maxWaitMs: 5 } };
  return { service: new IndexingService(client, 'releases', config), requests };
}
const itemsFor = (req: BulkRequest, item: (n: number) => BulkItem) => ({
  errors: false,
  took: 3,
  items: req.operations.filter((_, i) => i % 2 === 0).map((_, n) => ({ index: item(n) })),
});

describe('IndexingService', () => {
  it('writes concurrent releases in one bulk request, versioned by revision, and answers the indexed events', async () => {
    const { service, requests } = newTestService(async (req) => itemsFor(req, () => ({ status: 201, _index: 'releases-20260301' })));
    const indexed = await Promise.all([service.index(release(1)), service.index(release(2))]);
    expect(requests).toHaveLength(1);
    expect(requests[0].refresh).toBe('wait_for');
    expect(requests[0].operations[0]).toEqual({ index: { _index: 'releases', _id: release(1).id, version: sample.revision, version_type: 'external_gte' } });
    expect(requests[0].operations[1]).toMatchObject({ id: release(1).id, title: sample.title });
    expect(indexed.map((e) => e && { id: e.id, index: e.index })).toEqual([
      { id: release(1).id, index: 'releases-20260301' },
      { id: release(2).id, index: 'releases-20260301' },
    ]);
    expect(Date.parse(indexed[0]!.indexedAt)).not.toBeNaN();
  });

  it('answers undefined for a revision older than the one indexed (409)', async () => {
    const { service } = newTestService(async (req) => itemsFor(req, () => ({ status: 409, error: { type: 'version_conflict_engine_exception', reason: 'current version is higher' } })));
    expect(await service.index(release(1, 1))).toBeUndefined();
  });

  it('settles each item of a batch on its own: a rejected document is a dead letter, its neighbour is indexed', async () => {
    const { service } = newTestService(async (req) =>
      itemsFor(req, (n) => (n === 0 ? { status: 400, error: { type: 'mapper_parsing_exception', reason: 'failed to parse field [publishedAt]' } } : { status: 200, _index: 'releases-1' })),
    );
    const [bad, good] = await Promise.allSettled([service.index(release(1)), service.index(release(2))]);
    expect(bad.status === 'rejected' && bad.reason).toBeInstanceOf(DeadLetterError);
    expect(good).toMatchObject({ status: 'fulfilled', value: { index: 'releases-1' } });
  });

  it('turns an unreachable or overloaded cluster into DependencyUnavailableError', async () => {
    const down = newTestService(async () => Promise.reject(new errors.ConnectionError('connect ECONNREFUSED 127.0.0.1:9200')));
    await expect(down.service.index(release(1))).rejects.toBeInstanceOf(DependencyUnavailableError);
    const busy = newTestService(async (req) => itemsFor(req, () => ({ status: 429, error: { type: 'es_rejected_execution_exception', reason: 'queue full' } })));
    await expect(busy.service.index(release(1))).rejects.toBeInstanceOf(DependencyUnavailableError);
  });

  it('lets any other failure of the request through unchanged', async () => {
    const bug = new TypeError('operations is not iterable');
    const { service } = newTestService(async () => Promise.reject(bug));
    await expect(service.index(release(1))).rejects.toBe(bug);
  });
});
