import { Global, Module } from '@nestjs/common';
import { Metrics } from '@demarche/observability';
import { MetricsController } from './metrics.controller.js';
import { ObservabilityHooks } from './observability.hooks.js';

/** `/metrics` and the `Metrics` injectable; `runService` adds it to every service. */
@Global()
@Module({
  controllers: [MetricsController],
  providers: [Metrics, ObservabilityHooks],
  exports: [Metrics],
})
export class ObservabilityModule {}
