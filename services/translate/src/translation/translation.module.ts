import { Inject, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Metrics } from '@demarche/platform';
import { getRepositoryToken, TypeOrmModule } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { EventPublisher } from '@demarche/kafka';
import { TranslationConfig } from '../config/translate.config.js';
import { configuredBackends } from '../backends/configured-backends.js';
import type { ResilientBackend } from '../backends/resilient-backend.js';
import { TRANSLATION_BACKENDS } from '../backends/translation-backend.js';
import { CachedTranslation } from '../cache/cached-translation.entity.js';
import { TranslationCache } from '../cache/translation-cache.js';
import { PendingRetrier } from '../pending/pending-retrier.js';
import { PendingTranslation } from '../pending/pending-translation.entity.js';
import { PendingTranslations } from '../pending/pending-translations.js';
import { TranslationStatusController } from '../status/translation-status.controller.js';
import { TargetLanguages } from '../routing/target-languages.js';
import { parseRoutes } from '../routing/translation-routes.js';
import { ReleaseTranslator } from './release-translator.js';
import { TranslationConsumer } from './translation.consumer.js';
import { TranslationService } from './translation.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([CachedTranslation, PendingTranslation])],
  controllers: [TranslationStatusController],
  providers: [
    {
      provide: TRANSLATION_BACKENDS,
      inject: [TranslationConfig],
      useFactory: (config: TranslationConfig) => configuredBackends(config.backends),
    },
    {
      provide: TranslationCache,
      inject: [getRepositoryToken(CachedTranslation), TranslationConfig],
      useFactory: (repository: Repository<CachedTranslation>, config: TranslationConfig) =>
        new TranslationCache(repository, config.cacheVersion),
    },
    {
      provide: TranslationService,
      inject: [TRANSLATION_BACKENDS, TranslationCache, TranslationConfig, Metrics],
      useFactory: (backends: ResilientBackend[], cache: TranslationCache, config: TranslationConfig, metrics: Metrics) =>
        new TranslationService(backends, new TargetLanguages(config.targets, config.sourceTargets), cache, parseRoutes(config.routes), metrics),
    },
    PendingTranslations,
    TranslationConsumer,
    {
      provide: ReleaseTranslator,
      inject: [TranslationService, PendingTranslations, EventPublisher],
      useFactory: (translation: TranslationService, pending: PendingTranslations, publisher: EventPublisher) =>
        new ReleaseTranslator(translation, pending, publisher),
    },
    {
      provide: PendingRetrier,
      inject: [PendingTranslations, ReleaseTranslator, TranslationConfig],
      useFactory: (pending: PendingTranslations, translator: ReleaseTranslator, config: TranslationConfig) =>
        new PendingRetrier(pending, translator, config.pendingRetryIntervalMs),
    },
  ],
})
export class TranslationModule implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(@Inject(TRANSLATION_BACKENDS) private readonly backends: ResilientBackend[]) {}

  /** Pairs are discovered at start, not on the first release; an unreachable backend is asked again later. */
  onApplicationBootstrap() {
    for (const backend of this.backends) void backend.pairs();
  }

  onApplicationShutdown() {
    for (const backend of this.backends) backend.shutdown();
  }
}
