import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { Entity, ReleaseEnrichedV1, ReleaseTranslatedV1 } from '@demarche/contracts';
import { enrichRelease, loadKnowledgeBase, type KnowledgeBase, type ReleaseInput } from '@demarche/nlp';
import { RecogniserClient } from './recogniser.provider.js';

/**
 * Adds entities linked to canonical ids, countries, topics, the diplomatic event and the
 * near-duplicate cluster: the statistical recogniser proposes names, the knowledge base
 * (compiled once, when the module starts) links them and adds what it knows the model missed.
 * While the recogniser is down, `enrich` throws DependencyUnavailableError: the release waits.
 */
@Injectable()
export class EnrichmentService implements OnModuleInit {
  private readonly logger = new Logger(EnrichmentService.name);
  private kb?: KnowledgeBase;

  constructor(private readonly recogniser: RecogniserClient) {}

  onModuleInit() {
    const started = Date.now();
    this.kb = loadKnowledgeBase();
    this.logger.log(`knowledge base loaded: ${this.kb.entities.size} entities in ${Date.now() - started} ms`);
  }

  async enrich(release: ReleaseTranslatedV1): Promise<ReleaseEnrichedV1> {
    const input: ReleaseInput = {
      title: release.title,
      paragraphs: release.paragraphs,
      language: release.language,
      translations: release.translations,
      publishedAt: release.publishedAt,
      dateSource: release.dateSource,
      sourceCountry: release.source.country,
    };
    const model = await this.recogniser.recognise(input);
    const found = enrichRelease(input, (this.kb ??= loadKnowledgeBase()), model);
    // Only the contract's fields: the search index mapping is strict.
    const entities: Entity[] = found.entities.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      ...(e.linked ? {} : { linked: false }),
      ...(e.role ? { role: e.role } : {}),
      ...(e.country ? { country: e.country } : {}),
      mentions: e.mentions.map((m) => ({ text: m.text, start: m.start, end: m.end, in: m.in })),
    }));
    return {
      ...release,
      entities,
      countries: found.countries,
      topics: found.topics,
      ...(found.event
        ? {
            eventType: found.event.type,
            event: {
              type: found.event.type,
              participants: found.event.participants,
              ...(found.event.initiator ? { initiator: found.event.initiator } : {}),
              ...(found.event.date ? { date: found.event.date } : {}),
              ...(found.event.place ? { place: found.event.place } : {}),
            },
          }
        : {}),
      clusterId: release.nearDuplicateClusterId ?? release.id,
    };
  }
}
