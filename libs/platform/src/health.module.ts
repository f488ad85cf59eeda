import { Controller, Get, Inject, Module, type DynamicModule, type InjectionToken } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from './auth/auth.decorators.js';
import { HealthCheck, HealthCheckService, TerminusModule, type HealthIndicatorFunction } from '@nestjs/terminus';

export const READINESS_CHECKS = Symbol('READINESS_CHECKS');
export type ReadinessCheck = HealthIndicatorFunction;

@ApiTags('health')
@Public()
@Controller('health')
class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    @Inject(READINESS_CHECKS) private readonly checks: ReadinessCheck[],
  ) {}

  /** The process is up and its event loop answers. */
  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  /** Every dependency this service writes to or reads from answers. */
  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check(this.checks);
  }
}

/** `/health/live` and `/health/ready` (Terminus); each service supplies its readiness checks. */
@Module({})
export class HealthModule {
  static register(checks: { inject?: InjectionToken[]; useFactory: (...args: never[]) => ReadinessCheck[] }): DynamicModule {
    return {
      module: HealthModule,
      imports: [TerminusModule],
      controllers: [HealthController],
      providers: [{ provide: READINESS_CHECKS, inject: checks.inject ?? [], useFactory: checks.useFactory }],
    };
  }
}
