import { Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TypeOrmHealthIndicator } from '@nestjs/terminus';
import { validateEnv } from '@demarche/config';
import { KafkaHealthIndicator, KafkaModule } from '@demarche/kafka';
import { HealthModule } from '@demarche/platform';
import { IngestEnv } from './config/env.js';
import { databaseOptions } from './database/database.options.js';
import { ReleasesModule } from './releases/releases.module.js';
import { SourcesModule } from './sources/sources.module.js';

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true, validate: validateEnv(IngestEnv) }),
    TypeOrmModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<IngestEnv, true>) =>
        databaseOptions({ DATABASE_URL: config.get('DATABASE_URL'), SQLITE_PATH: config.get('SQLITE_PATH') }),
    }),
    KafkaModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<IngestEnv, true>) => ({
        service: 'ingest',
        brokers: config.get('KAFKA_BROKERS').split(','),
        consumers: { groupPrefix: config.get('KAFKA_GROUP_PREFIX'), lagIntervalMs: config.get('CONSUMER_LAG_INTERVAL_MS') },
      }),
    }),
    HealthModule.register({
      inject: [KafkaHealthIndicator, TypeOrmHealthIndicator],
      useFactory: (kafka: KafkaHealthIndicator, db: TypeOrmHealthIndicator) => [
        () => kafka.isHealthy(),
        () => db.pingCheck('database'),
      ],
    }),
    ReleasesModule,
    SourcesModule,
  ],
})
export class AppModule {}
