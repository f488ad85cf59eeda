import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

/** Settings every service shares. Each service's env class extends this one. */
export class CommonEnv {
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

  @IsInt()
  @Min(1)
  @Max(65535)
  PORT: number;

  /** Interface the HTTP server binds to; 0.0.0.0 in containers. */
  @IsString()
  HOST = '127.0.0.1';
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
