import { Module, type DynamicModule, type InjectionToken, type Provider } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { TypeOrmHealthIndicator } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import {
  DatabaseConfig,
  databaseConfig,
  ElasticConfig,
  elasticConfig,
  HttpConfig,
  httpConfig,
  KafkaConfig,
  kafkaConfig,
  validateEnv,
  type CommonEnv,
} from '@demarche/config';
import { ElasticHealthIndicator, ElasticModule } from '@demarche/elastic';
import { KafkaHealthIndicator, KafkaModule } from '@demarche/kafka';
import { AuthConfig } from './auth/auth-settings.js';
import { databaseOptions, type RelationalStore } from './database-options.js';
import { HealthModule, type ReadinessCheck } from './health.module.js';

type Token = abstract new (...args: never[]) => object;
type Wiring = Pick<ServiceModuleOptions<CommonEnv>, 'name' | 'kafka' | 'elastic' | 'database' | 'readiness'>;

export interface ServiceModuleOptions<E extends CommonEnv> {
  /** The service's name: its Kafka client id, consumer group and CloudEvents source. */
  name: string;
  /** The env class that names, documents and validates every variable the service reads. */
  env: new () => E;
  /** The service's own typed settings: each abstract class (its token) with how to build it. */
  config?: [Token, (env: E) => object][];
  kafka?: boolean;
  elastic?: boolean;
  /** The service's tables and migrations, in PostgreSQL or SQLite. */
  database?: Omit<RelationalStore, 'service'>;
  /** Readiness checks beyond those of Kafka, Elasticsearch and the database. */
  readiness?: { inject: InjectionToken[]; useFactory: (...deps: never[]) => ReadinessCheck[] };
}

/**
 * What every service's root module needs, wired once: the validated environment, the typed
 * configuration built from it (HttpConfig, KafkaConfig, ElasticConfig, DatabaseConfig and the
 * service's own), Kafka, Elasticsearch, the relational store and /health with their checks.
 */
@Module({})
export class ServiceModule {
  static forRoot<E extends CommonEnv>(options: ServiceModuleOptions<E>): DynamicModule {
    // ConfigModule has put .env and the defaults into process.env; read them through the class again.
    let validated: E | undefined;
    const env = () => (validated ??= validateEnv(options.env)(process.env));
    const sections: [Token, (e: E) => object][] = [[HttpConfig, httpConfig], [AuthConfig, (e) => e], ...(options.config ?? [])];
    if (options.kafka) sections.push([KafkaConfig, kafkaConfig]);
    if (options.elastic) sections.push([ElasticConfig, (e) => elasticConfig(e as never)]);
    if (options.database) sections.push([DatabaseConfig, (e) => databaseConfig(e as never)]);
    const providers: Provider[] = sections.map(([token, build]) => ({ provide: token, useFactory: () => build(env()) }));
    const tokens = providers.map((p) => (p as { provide: InjectionToken }).provide);

    return {
      module: ServiceModule,
      imports: [
        ConfigModule.forRoot({ isGlobal: true, validate: validateEnv(options.env) }),
        { module: ServiceConfigModule, global: true, providers, exports: tokens },
        ...connections(options),
        readiness(options),
      ],
    };
  }
}

@Module({})
class ServiceConfigModule {}

function connections(options: Wiring) {
  const imports = [];
  if (options.kafka) {
    imports.push(
      KafkaModule.forRootAsync({
        inject: [KafkaConfig],
        useFactory: (kafka: KafkaConfig) => ({
          service: options.name,
          brokers: kafka.brokers,
          consumers: { groupPrefix: kafka.groupPrefix, lagIntervalMs: kafka.lagIntervalMs },
        }),
      }),
    );
  }
  if (options.elastic) {
    imports.push(ElasticModule.forRootAsync({ inject: [ElasticConfig], useFactory: (elastic: ElasticConfig) => elastic }));
  }
  const store = options.database;
  if (store) {
    imports.push(
      TypeOrmModule.forRootAsync({
        inject: [DatabaseConfig],
        useFactory: (db: DatabaseConfig) => databaseOptions({ service: options.name, ...store }, { DATABASE_URL: db.url, SQLITE_PATH: db.sqlitePath }),
      }),
    );
  }
  return imports;
}

function readiness(options: Wiring): DynamicModule {
  const checks: [InjectionToken, (indicator: never) => ReadinessCheck][] = [];
  if (options.kafka) checks.push([KafkaHealthIndicator, (k: KafkaHealthIndicator) => () => k.isHealthy()]);
  if (options.database) checks.push([TypeOrmHealthIndicator, (db: TypeOrmHealthIndicator) => () => db.pingCheck('database')]);
  if (options.elastic) checks.push([ElasticHealthIndicator, (es: ElasticHealthIndicator) => () => es.isHealthy()]);
  const extra = options.readiness;
  return HealthModule.register({
    inject: [...checks.map(([token]) => token), ...(extra?.inject ?? [])],
    useFactory: (...deps: never[]) => [
      ...checks.map(([, check], i) => check(deps[i]!)),
      ...(extra ? extra.useFactory(...deps.slice(checks.length)) : []),
    ],
  });
}
