import { IsIn, IsInt, IsNumber, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

/**
 * OpenTelemetry tracing, under the variable names of the OpenTelemetry specification.
 * Validated before the service starts (the tracer exists before the app), and again as part
 * of every service's env through CommonEnv.
 */
export class TracingEnv {
  /** `service.name` of the spans; empty: the service's own name (ingest, translate, …). */
  @IsOptional()
  @IsString()
  OTEL_SERVICE_NAME?: string;

  /** OTLP/HTTP base URL (e.g. http://otel-collector:4318); traces go to `<it>/v1/traces`. Empty: nothing is exported. */
  @IsOptional()
  @Matches(/^(https?:\/\/.+)?$/, { message: 'must be an http(s) URL' })
  OTEL_EXPORTER_OTLP_ENDPOINT?: string;

  /** The full traces URL, when it is not `<OTEL_EXPORTER_OTLP_ENDPOINT>/v1/traces`. */
  @IsOptional()
  @Matches(/^(https?:\/\/.+)?$/, { message: 'must be an http(s) URL' })
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?: string;

  @IsIn(['always_on', 'always_off', 'traceidratio', 'parentbased_always_on', 'parentbased_always_off', 'parentbased_traceidratio'])
  OTEL_TRACES_SAMPLER:
    | 'always_on'
    | 'always_off'
    | 'traceidratio'
    | 'parentbased_always_on'
    | 'parentbased_always_off'
    | 'parentbased_traceidratio' = 'parentbased_always_on';

  /** Ratio of new traces kept by the `*traceidratio` samplers, 0 to 1. */
  @IsNumber()
  @Min(0)
  @Max(1)
  OTEL_TRACES_SAMPLER_ARG: number = 1;
}

/** Settings every service shares. Each service's env class extends this one. */
export class CommonEnv extends TracingEnv {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV = 'development';

  @IsIn(['json', 'pretty'])
  LOG_FORMAT: 'json' | 'pretty' = 'pretty';

  @IsIn(['error', 'warn', 'log', 'debug', 'verbose'])
  LOG_LEVEL: 'error' | 'warn' | 'log' | 'debug' | 'verbose' = 'log';

  /** Comma-separated `host:port` list. */
  @Matches(/^[^,\s]+:\d+(,[^,\s]+:\d+)*$/, { message: 'must be a comma-separated list of host:port' })
  KAFKA_BROKERS = '127.0.0.1:9092';

  /** Prefix for consumer group ids, so two deployments can share a broker. */
  @IsOptional()
  @IsString()
  KAFKA_GROUP_PREFIX = 'demarche';

  /** How often a consumer samples its group's lag into demarche_consumer_lag. */
  @IsInt()
  @Min(1000)
  CONSUMER_LAG_INTERVAL_MS: number = 15_000;

  @IsInt()
  @Min(1)
  @Max(65535)
  PORT: number;

  /** Interface the HTTP server binds to; 0.0.0.0 in containers. */
  @IsString()
  HOST = '127.0.0.1';

  // Access control (libs/platform auth). The key lists are parsed there, so a malformed
  // entry is reported by name without ever echoing a secret in the config error.
  /** `name:secret:scope+scope[:limit]` entries separated by `;`; the secret may be `sha256:<hex>`. */
  @IsString()
  API_KEYS = '';

  /** A file of key entries, one per line (`#` comments), merged with API_KEYS. */
  @IsString()
  API_KEYS_FILE = '';

  /** `true` turns access control off even where it would otherwise be required. */
  @IsIn(['true', 'false'])
  AUTH_DISABLED: 'true' | 'false' = 'false';

  /** Scopes served without a key even when keys are configured, e.g. `search`. */
  @Matches(/^((ingest|search|subscriptions)(,(ingest|search|subscriptions))*)?$/, {
    message: 'must be a comma-separated list of ingest, search, subscriptions (admin is never public)',
  })
  PUBLIC_SCOPES = '';

  @IsInt()
  @Min(1000)
  RATE_LIMIT_WINDOW_MS: number = 60_000;

  /** Requests per window per key and scope (0: unlimited); an entry's own limit wins. */
  @IsInt()
  @Min(0)
  RATE_LIMIT_PER_KEY: number = 1200;

  /** Requests per window per client address and scope to PUBLIC_SCOPES without a key (0: unlimited). */
  @IsInt()
  @Min(0)
  RATE_LIMIT_ANONYMOUS: number = 600;

  /** Requests per window per client address and scope while access control is off (0: unlimited). */
  @IsInt()
  @Min(0)
  RATE_LIMIT_OPEN: number = 100_000;
}

/** Settings of a service that keeps state in the relational store. */
export class DatabaseEnv extends CommonEnv {
  /** postgres://user:pass@host:port/db. Unset: an SQLite file at SQLITE_PATH. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'must be a postgres:// URL' })
  DATABASE_URL?: string;

  @IsString()
  SQLITE_PATH = '.data/demarche.sqlite';
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type EnvClass = new (...args: any[]) => CommonEnv;

/**
 * Adds the Elasticsearch settings to an env class, so a service that also keeps a relational
 * store (`withElasticsearch(DatabaseEnv)`) declares them once, here.
 */
export function withElasticsearch<T extends EnvClass>(Base: T) {
  class WithElasticsearch extends Base {
    @Matches(/^https?:\/\/.+/, { message: 'must be an http(s) URL' })
    ELASTICSEARCH_URL = 'http://127.0.0.1:9200';

    /** Alias that readers and writers use; the concrete index behind it is versioned. */
    @Matches(/^[a-z0-9][a-z0-9_-]*$/)
    ELASTICSEARCH_ALIAS = 'releases';

    @IsInt()
    @Min(100)
    ELASTICSEARCH_TIMEOUT_MS: number = 10_000;
  }
  return WithElasticsearch;
}

/** Settings of a service that talks to Elasticsearch. */
export class ElasticsearchEnv extends withElasticsearch(CommonEnv) {}
