import { Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TypeOrmHealthIndicator } from '@nestjs/terminus';
import { validateEnv } from '@demarche/config';
import { ElasticHealthIndicator, ElasticModule } from '@demarche/elastic';
import { KafkaHealthIndicator, KafkaModule } from '@demarche/kafka';
import { HealthModule } from '@demarche/platform';
import { FeedsEnv } from './config/env.js';
import { databaseOptions } from './database/database.options.js';
import { DeliveryModule } from './delivery/delivery.module.js';
import { ItemsModule } from './items/items.module.js';
import { PullModule } from './pull/pull.module.js';
import { SubscriptionsModule } from './subscriptions/subscriptions.module.js';
import { TopicFeedsModule } from './topic-feeds/topic-feeds.module.js';

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true, validate: validateEnv(FeedsEnv) }),
    TypeOrmModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<FeedsEnv, true>) =>
        databaseOptions({ DATABASE_URL: config.get('DATABASE_URL'), SQLITE_PATH: config.get('SQLITE_PATH') }),
    }),
    KafkaModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<FeedsEnv, true>) => ({
        service: 'feeds',
        brokers: config.get('KAFKA_BROKERS').split(','),
        consumers: { groupPrefix: config.get('KAFKA_GROUP_PREFIX'), lagIntervalMs: config.get('CONSUMER_LAG_INTERVAL_MS') },
      }),
    }),
    ElasticModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<FeedsEnv, true>) => ({
        url: config.get('ELASTICSEARCH_URL'),
        alias: config.get('ELASTICSEARCH_ALIAS'),
        requestTimeoutMs: config.get('ELASTICSEARCH_TIMEOUT_MS'),
      }),
    }),
    HealthModule.register({
      inject: [KafkaHealthIndicator, TypeOrmHealthIndicator, ElasticHealthIndicator],
      useFactory: (kafka: KafkaHealthIndicator, db: TypeOrmHealthIndicator, elastic: ElasticHealthIndicator) => [
        () => kafka.isHealthy(),
        () => db.pingCheck('database'),
        () => elastic.isHealthy(),
      ],
    }),
    TopicFeedsModule,
    ItemsModule,
    SubscriptionsModule,
    DeliveryModule,
    PullModule,
  ],
})
export class AppModule {}
