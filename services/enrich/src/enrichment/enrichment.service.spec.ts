import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ReleaseEnrichedV1, ReleaseTranslatedV1, validateContract } from '@demarche/contracts';
import { EnrichmentService } from './enrichment.service.js';

const sample = JSON.parse(
  readFileSync(new URL('../../../../libs/contracts/src/release-translated/fixtures/v1.sample.json', import.meta.url), 'utf8'),
) as ReleaseTranslatedV1;

describe('EnrichmentService', () => {
  const service = new EnrichmentService();
  service.onModuleInit();

  it('publishes a valid releases.enriched.v1 with entities from the original and its translation', () => {
    const enriched = service.enrich(sample);
    expect(() => validateContract(ReleaseEnrichedV1, enriched)).not.toThrow();
    expect(enriched.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['Q2807', 'Q45']));
    expect(enriched.countries).toEqual(expect.arrayContaining(['ES', 'PT']));
    expect(enriched.clusterId).toBe(sample.id);
  });

  it('keeps only the contract fields of an entity (the index mapping is strict)', () => {
    for (const e of service.enrich(sample).entities) {
      expect(Object.keys(e).every((k) => ['id', 'name', 'type', 'role', 'country', 'mentions'].includes(k))).toBe(true);
    }
  });

  it('carries the near-duplicate cluster on', () => {
    const clusterId = 'rel_000000000000000000000001';
    expect(service.enrich({ ...sample, nearDuplicateClusterId: clusterId }).clusterId).toBe(clusterId);
  });
});
