import { Inject, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Metrics } from '@demarche/platform';
import { getRepositoryToken, TypeOrmModule } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { EventPublisher } from '@demarche/kafka';
import type { TranslateEnv } from '../config/env.js';
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

type Config = ConfigService<TranslateEnv, true>;

@Module({
  imports: [TypeOrmModule.forFeature([CachedTranslation, PendingTranslation])],
  controllers: [TranslationStatusController],
  providers: [
    {
      provide: TRANSLATION_BACKENDS,
      inject: [ConfigService],
      useFactory: (config: Config) => configuredBackends(envOf(config)),
    },
    {
      provide: TranslationCache,
      inject: [getRepositoryToken(CachedTranslation), ConfigService],
      useFactory: (repository: Repository<CachedTranslation>, config: Config) =>
        new TranslationCache(repository, config.get('TRANSLATION_CACHE_VERSION')),
    },
    {
      provide: TranslationService,
      inject: [TRANSLATION_BACKENDS, TranslationCache, ConfigService, Metrics],
      useFactory: (backends: ResilientBackend[], cache: TranslationCache, config: Config, metrics: Metrics) =>
        new TranslationService(
          backends,
          new TargetLanguages(config.get('TRANSLATION_TARGETS'), config.get('TRANSLATION_SOURCE_TARGETS')),
          cache,
          parseRoutes(config.get('TRANSLATION_ROUTES')),
          metrics,
        ),
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
      inject: [PendingTranslations, ReleaseTranslator, ConfigService],
      useFactory: (pending: PendingTranslations, translator: ReleaseTranslator, config: Config) =>
        new PendingRetrier(pending, translator, config.get('PENDING_RETRY_INTERVAL_MS')),
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

const KEYS = [
  'APERTIUM_URL',
  'LIBRETRANSLATE_URL',
  'LIBRETRANSLATE_API_KEY',
  'LIBRETRANSLATE_MAX_CHARS',
  'DEEPL_URL',
  'DEEPL_API_KEY',
  'OPENAI_URL',
  'OPENAI_API_KEY',
  'OPENAI_MODEL',
  'OPENAI_LANGUAGES',
  'TRANSLATION_TIMEOUT_MS',
  'TRANSLATION_CALL_TIMEOUT_MS',
  'TRANSLATION_CONCURRENCY',
  'TRANSLATION_RETRIES',
  'TRANSLATION_BREAKER_RESET_MS',
] as const;

function envOf(config: Config) {
  return Object.fromEntries(KEYS.map((key) => [key, config.get(key)])) as Parameters<typeof configuredBackends>[0];
}
