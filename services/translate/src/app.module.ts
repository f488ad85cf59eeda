import { Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { TypeOrmHealthIndicator } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import { validateEnv } from '@demarche/config';
import { KafkaHealthIndicator, KafkaModule } from '@demarche/kafka';
import { HealthModule } from '@demarche/platform';
import { TranslateEnv } from './config/env.js';
import { databaseOptions } from './database/database.options.js';
import { TranslationModule } from './translation/translation.module.js';

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true, validate: validateEnv(TranslateEnv) }),
    TypeOrmModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<TranslateEnv, true>) =>
        databaseOptions({ DATABASE_URL: config.get('DATABASE_URL'), SQLITE_PATH: config.get('SQLITE_PATH') }),
    }),
    KafkaModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<TranslateEnv, true>) => ({
        service: 'translate',
        brokers: config.get('KAFKA_BROKERS').split(','),
        consumers: { groupPrefix: config.get('KAFKA_GROUP_PREFIX'), lagIntervalMs: config.get('CONSUMER_LAG_INTERVAL_MS') },
      }),
    }),
    // A translation backend being down is not a readiness failure: releases move on as `pending`.
    HealthModule.register({
      inject: [KafkaHealthIndicator, TypeOrmHealthIndicator],
      useFactory: (kafka: KafkaHealthIndicator, db: TypeOrmHealthIndicator) => [() => kafka.isHealthy(), () => db.pingCheck('database')],
    }),
    TranslationModule,
  ],
})
export class AppModule {}
