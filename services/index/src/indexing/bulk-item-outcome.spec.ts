import { describe, expect, it } from 'vitest';
import { DeadLetterError } from '@demarche/contracts';
import { DependencyUnavailableError } from '@demarche/kafka';
import { bulkItemOutcome } from './bulk-item-outcome.js';

describe('bulkItemOutcome', () => {
  it.each([200, 201])('is indexed for %i, naming the concrete index', (status) => {
    expect(bulkItemOutcome({ status, _index: 'releases-v1' }, 'releases')).toEqual({ kind: 'indexed', index: 'releases-v1' });
  });

  it('is stale for a 409: a newer revision is already indexed', () => {
    expect(bulkItemOutcome({ status: 409, error: { type: 'version_conflict_engine_exception' } }, 'releases')).toEqual({
      kind: 'stale',
    });
  });

  it.each([429, 500, 503])('waits (dependency unavailable) for %i', (status) => {
    expect(() => bulkItemOutcome({ status, error: { type: 'es_rejected_execution_exception', reason: 'queue full' } }, 'r')).toThrow(
      DependencyUnavailableError,
    );
  });

  it('dead-letters a document Elasticsearch rejects, with the reason', () => {
    const rejected = { status: 400, error: { type: 'document_parsing_exception', reason: 'mapping set to strict' } };
    expect(() => bulkItemOutcome(rejected, 'r')).toThrow(DeadLetterError);
    expect(() => bulkItemOutcome(rejected, 'r')).toThrow(/document_parsing_exception: mapping set to strict/);
  });
});
