import { Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { validateEnv } from '@demarche/config';
import { KafkaHealthIndicator, KafkaModule } from '@demarche/kafka';
import { HealthModule } from '@demarche/platform';
import { FeedsEnv } from './config/env.js';
import { DeliveryModule } from './delivery/delivery.module.js';

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true, validate: validateEnv(FeedsEnv) }),
    KafkaModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<FeedsEnv, true>) => ({
        service: 'feeds',
        brokers: config.get('KAFKA_BROKERS').split(','),
      }),
    }),
    HealthModule.register({
      inject: [KafkaHealthIndicator],
      useFactory: (kafka: KafkaHealthIndicator) => [() => kafka.isHealthy()],
    }),
    DeliveryModule,
  ],
})
export class AppModule {}
