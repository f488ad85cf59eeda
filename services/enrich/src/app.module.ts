import { Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { validateEnv } from '@demarche/config';
import { KafkaHealthIndicator, KafkaModule } from '@demarche/kafka';
import { HealthModule } from '@demarche/platform';
import { EnrichEnv } from './config/env.js';
import { EnrichmentModule } from './enrichment/enrichment.module.js';

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true, validate: validateEnv(EnrichEnv) }),
    KafkaModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<EnrichEnv, true>) => ({
        service: 'enrich',
        brokers: config.get('KAFKA_BROKERS').split(','),
      }),
    }),
    HealthModule.register({
      inject: [KafkaHealthIndicator],
      useFactory: (kafka: KafkaHealthIndicator) => [() => kafka.isHealthy()],
    }),
    EnrichmentModule,
  ],
})
export class AppModule {}
