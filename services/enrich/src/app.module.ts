import { Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { validateEnv } from '@demarche/config';
import { KafkaHealthIndicator, KafkaModule } from '@demarche/kafka';
import { HealthModule } from '@demarche/platform';
import { HealthIndicatorService } from '@nestjs/terminus';
import { EnrichEnv } from './config/env.js';
import { EnrichmentModule } from './enrichment/enrichment.module.js';
import { RecogniserModule } from './enrichment/recogniser.module.js';
import { RecogniserClient } from './enrichment/recogniser.provider.js';

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true, validate: validateEnv(EnrichEnv) }),
    KafkaModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<EnrichEnv, true>) => ({
        service: 'enrich',
        brokers: config.get('KAFKA_BROKERS').split(','),
        consumers: { groupPrefix: config.get('KAFKA_GROUP_PREFIX'), lagIntervalMs: config.get('CONSUMER_LAG_INTERVAL_MS') },
      }),
    }),
    RecogniserModule,
    HealthModule.register({
      inject: [KafkaHealthIndicator, RecogniserClient, HealthIndicatorService],
      useFactory: (kafka: KafkaHealthIndicator, recogniser: RecogniserClient, health: HealthIndicatorService) => [
        () => kafka.isHealthy(),
        () => recogniser.isHealthy(health),
      ],
    }),
    EnrichmentModule,
  ],
})
export class AppModule {}
