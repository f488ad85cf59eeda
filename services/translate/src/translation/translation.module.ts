import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { TranslateEnv } from '../config/env.js';
import { ApertiumBackend } from '../backends/apertium.backend.js';
import { TRANSLATION_BACKENDS, type TranslationBackend } from '../backends/translation-backend.js';
import { TranslationConsumer } from './translation.consumer.js';
import { TranslationService } from './translation.service.js';

@Module({
  controllers: [TranslationConsumer],
  providers: [
    {
      provide: TRANSLATION_BACKENDS,
      inject: [ConfigService],
      useFactory: (config: ConfigService<TranslateEnv, true>): TranslationBackend[] => {
        const apertium = config.get('APERTIUM_URL');
        return apertium ? [new ApertiumBackend(apertium, config.get('TRANSLATION_TIMEOUT_MS'))] : [];
      },
    },
    TranslationService,
  ],
})
export class TranslationModule {}
