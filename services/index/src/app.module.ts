import { Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { validateEnv } from '@demarche/config';
import { ElasticHealthIndicator, ElasticModule } from '@demarche/elastic';
import { KafkaHealthIndicator, KafkaModule } from '@demarche/kafka';
import { HealthModule } from '@demarche/platform';
import { IndexEnv } from './config/env.js';
import { IndexingModule } from './indexing/indexing.module.js';

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true, validate: validateEnv(IndexEnv) }),
    KafkaModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<IndexEnv, true>) => ({
        service: 'index',
        brokers: config.get('KAFKA_BROKERS').split(','),
        consumers: { groupPrefix: config.get('KAFKA_GROUP_PREFIX'), lagIntervalMs: config.get('CONSUMER_LAG_INTERVAL_MS') },
      }),
    }),
    ElasticModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<IndexEnv, true>) => ({
        url: config.get('ELASTICSEARCH_URL'),
        alias: config.get('ELASTICSEARCH_ALIAS'),
        requestTimeoutMs: config.get('ELASTICSEARCH_TIMEOUT_MS'),
      }),
    }),
    HealthModule.register({
      inject: [KafkaHealthIndicator, ElasticHealthIndicator],
      useFactory: (kafka: KafkaHealthIndicator, elastic: ElasticHealthIndicator) => [
        () => kafka.isHealthy(),
        () => elastic.isHealthy(),
      ],
    }),
    IndexingModule,
  ],
})
export class AppModule {}
