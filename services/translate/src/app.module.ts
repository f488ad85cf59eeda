import { Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { validateEnv } from '@demarche/config';
import { KafkaHealthIndicator, KafkaModule } from '@demarche/kafka';
import { HealthModule } from '@demarche/platform';
import { TranslateEnv } from './config/env.js';
import { TranslationModule } from './translation/translation.module.js';

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true, validate: validateEnv(TranslateEnv) }),
    KafkaModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<TranslateEnv, true>) => ({
        service: 'translate',
        brokers: config.get('KAFKA_BROKERS').split(','),
      }),
    }),
    // A translation backend being down is not a readiness failure: releases move on as `pending`.
    HealthModule.register({
      inject: [KafkaHealthIndicator],
      useFactory: (kafka: KafkaHealthIndicator) => [() => kafka.isHealthy()],
    }),
    TranslationModule,
  ],
})
export class AppModule {}
