import { Module } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { ServiceModule } from '@demarche/platform';
import { RecogniserConfig, recogniserConfig } from './config/enrich.config.js';
import { EnrichEnv } from './config/env.js';
import { EnrichmentModule } from './enrichment/enrichment.module.js';
import { RecogniserModule } from './enrichment/recogniser.module.js';
import { RecogniserClient } from './enrichment/recogniser.provider.js';

@Module({
  imports: [
    ServiceModule.forRoot({
      name: 'enrich',
      env: EnrichEnv,
      kafka: true,
      config: [[RecogniserConfig, recogniserConfig]],
      readiness: {
        inject: [RecogniserClient, HealthIndicatorService],
        useFactory: (recogniser: RecogniserClient, health: HealthIndicatorService) => [() => recogniser.isHealthy(health)],
      },
    }),
    RecogniserModule,
    EnrichmentModule,
  ],
})
export class AppModule {}
