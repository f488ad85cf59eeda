import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { Entity, ReleaseEnrichedV1, ReleaseTranslatedV1 } from '@demarche/contracts';
import { enrichRelease, loadKnowledgeBase, type KnowledgeBase } from '@demarche/nlp';

/**
 * Adds entities linked to canonical ids, countries, topics, the diplomatic event and the
 * near-duplicate cluster. The knowledge base is compiled once, when the module starts.
 */
@Injectable()
export class EnrichmentService implements OnModuleInit {
  private readonly logger = new Logger(EnrichmentService.name);
  private kb?: KnowledgeBase;

  onModuleInit() {
    const started = Date.now();
    this.kb = loadKnowledgeBase();
    this.logger.log(`knowledge base loaded: ${this.kb.entities.size} entities in ${Date.now() - started} ms`);
  }

  enrich(release: ReleaseTranslatedV1): ReleaseEnrichedV1 {
    const found = enrichRelease(
      {
        title: release.title,
        paragraphs: release.paragraphs,
        language: release.language,
        translations: release.translations,
        publishedAt: release.publishedAt,
        sourceCountry: release.source.country,
      },
      (this.kb ??= loadKnowledgeBase()),
    );
    // Only the contract's fields: the search index mapping is strict.
    const entities: Entity[] = found.entities.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
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
