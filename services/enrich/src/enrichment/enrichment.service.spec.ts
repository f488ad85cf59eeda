import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ReleaseEnrichedV1, ReleaseTranslatedV1, validateContract } from '@demarche/contracts';
import type { ModelMentionsByText } from '@demarche/nlp';
import { EnrichmentService } from './enrichment.service.js';
import type { RecogniserClient } from './recogniser.provider.js';

const sample = JSON.parse(
  readFileSync(new URL('../../../../libs/contracts/src/release-translated/fixtures/v1.sample.json', import.meta.url), 'utf8'),
) as ReleaseTranslatedV1;

/** A recogniser that found nothing: the knowledge base alone (the merge has its own tests). */
const noModel = { recognise: async () => ({}) as ModelMentionsByText } as unknown as RecogniserClient;

describe('EnrichmentService', () => {
  const service = new EnrichmentService(noModel);
  service.onModuleInit();

  it('publishes a valid releases.enriched.v1 with entities from the original and its translation', async () => {
    const enriched = await service.enrich(sample);
    expect(() => validateContract(ReleaseEnrichedV1, enriched)).not.toThrow();
    expect(enriched.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['Q2807', 'Q45']));
    expect(enriched.countries).toEqual(expect.arrayContaining(['ES', 'PT']));
    expect(enriched.clusterId).toBe(sample.id);
  });

  it('keeps only the contract fields of an entity (the index mapping is strict)', async () => {
    for (const e of (await service.enrich(sample)).entities) {
      expect(Object.keys(e).every((k) => ['id', 'name', 'type', 'role', 'country', 'linked', 'mentions'].includes(k))).toBe(true);
    }
  });

  it('carries the near-duplicate cluster on', async () => {
    const clusterId = 'rel_000000000000000000000001';
    expect((await service.enrich({ ...sample, nearDuplicateClusterId: clusterId })).clusterId).toBe(clusterId);
  });

  it('publishes the names the model found that the knowledge base lacks, marked unlinked', async () => {
    const text = [sample.title, ...sample.paragraphs].join('\n\n');
    const name = 'Olumide Adeyemi';
    const at = text.length + 2;
    const release = { ...sample, paragraphs: [...sample.paragraphs, `${name} attended.`] };
    const model = { recognise: async () => ({ original: [{ start: at, end: at + name.length, type: 'PER', text: name }] }) } as unknown as RecogniserClient;
    const enriched = await new EnrichmentService(model).enrich(release);
    expect(() => validateContract(ReleaseEnrichedV1, enriched)).not.toThrow();
    expect(enriched.entities).toContainEqual(expect.objectContaining({ id: 'unlinked:person:olumide-adeyemi', type: 'person', linked: false }));
  });
});
