import { Module } from '@nestjs/common';
import { ServiceModule } from '@demarche/platform';
import { TranslateEnv } from './config/env.js';
import { TranslationConfig, translationConfig } from './config/translate.config.js';
import { tables } from './database/database.options.js';
import { TranslationModule } from './translation/translation.module.js';

// A translation backend being down is not a readiness failure: releases move on as `pending`.
@Module({
  imports: [
    ServiceModule.forRoot({
      name: 'translate',
      env: TranslateEnv,
      kafka: true,
      database: tables,
      config: [[TranslationConfig, translationConfig]],
    }),
    TranslationModule,
  ],
})
export class AppModule {}
