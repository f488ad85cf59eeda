import { Inject, Injectable, Module, type DynamicModule, type InjectionToken, type OnApplicationShutdown } from '@nestjs/common';
import { HealthIndicatorService, TerminusModule } from '@nestjs/terminus';
import type { Client } from '@elastic/elasticsearch';
import { createElasticClient } from './client.js';

export const ELASTIC_CLIENT = Symbol('ELASTIC_CLIENT');
export const ELASTIC_ALIAS = Symbol('ELASTIC_ALIAS');

export interface ElasticModuleOptions {
  url: string;
  alias: string;
  requestTimeoutMs: number;
}

/** Ready when the cluster answers and the releases alias exists (the bootstrap creates it). */
@Injectable()
export class ElasticHealthIndicator implements OnApplicationShutdown {
  constructor(
    @Inject(ELASTIC_CLIENT) private readonly client: Client,
    @Inject(ELASTIC_ALIAS) private readonly alias: string,
    private readonly health: HealthIndicatorService,
  ) {}

  async isHealthy(key = 'elasticsearch') {
    const check = this.health.check(key);
    try {
      const cluster = await this.client.cluster.health({ timeout: '2s' });
      if (!(await this.client.indices.existsAlias({ name: this.alias }))) {
        return check.down({ message: `alias ${this.alias} missing: run the bootstrap` });
      }
      return check.up({ cluster: cluster.status });
    } catch (error) {
      return check.down({ message: (error as Error).message });
    }
  }

  async onApplicationShutdown() {
    await this.client.close();
  }
}

@Module({})
export class ElasticModule {
  static forRootAsync(options: {
    inject?: InjectionToken[];
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    useFactory: (...args: any[]) => ElasticModuleOptions;
  }): DynamicModule {
    const OPTIONS = Symbol('ELASTIC_OPTIONS');
    return {
      module: ElasticModule,
      global: true,
      imports: [TerminusModule],
      providers: [
        { provide: OPTIONS, inject: options.inject ?? [], useFactory: options.useFactory },
        {
          provide: ELASTIC_CLIENT,
          inject: [OPTIONS],
          useFactory: (o: ElasticModuleOptions) => createElasticClient(o.url, o.requestTimeoutMs),
        },
        { provide: ELASTIC_ALIAS, inject: [OPTIONS], useFactory: (o: ElasticModuleOptions) => o.alias },
        ElasticHealthIndicator,
      ],
      exports: [ELASTIC_CLIENT, ELASTIC_ALIAS, ElasticHealthIndicator],
    };
  }
}
