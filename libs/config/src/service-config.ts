import type { CommonEnv, DatabaseEnv, ElasticsearchEnv } from './common-env.js';

/*
 * The typed settings a class injects, built once from the validated environment (the env classes
 * name, document and check each variable; these say what the code reads). Abstract classes, so
 * each one is its own injection token: `constructor(private readonly kafka: KafkaConfig)`.
 */

export abstract class HttpConfig {
  abstract readonly host: string;
  abstract readonly port: number;
}

export abstract class KafkaConfig {
  abstract readonly brokers: string[];
  /** Consumer groups are `<groupPrefix>.<service>`. */
  abstract readonly groupPrefix: string;
  abstract readonly lagIntervalMs: number;
}

export abstract class ElasticConfig {
  abstract readonly url: string;
  /** The alias readers and writers use; the concrete index behind it is versioned. */
  abstract readonly alias: string;
  abstract readonly requestTimeoutMs: number;
}

export abstract class DatabaseConfig {
  /** PostgreSQL; unset: an SQLite file at `sqlitePath`. */
  abstract readonly url?: string;
  abstract readonly sqlitePath: string;
}

export const httpConfig = (env: CommonEnv): HttpConfig => ({ host: env.HOST, port: env.PORT });

export const kafkaConfig = (env: CommonEnv): KafkaConfig => ({
  brokers: env.KAFKA_BROKERS.split(','),
  groupPrefix: env.KAFKA_GROUP_PREFIX,
  lagIntervalMs: env.CONSUMER_LAG_INTERVAL_MS,
});

export const elasticConfig = (env: Pick<ElasticsearchEnv, 'ELASTICSEARCH_URL' | 'ELASTICSEARCH_ALIAS' | 'ELASTICSEARCH_TIMEOUT_MS'>): ElasticConfig => ({
  url: env.ELASTICSEARCH_URL,
  alias: env.ELASTICSEARCH_ALIAS,
  requestTimeoutMs: env.ELASTICSEARCH_TIMEOUT_MS,
});

export const databaseConfig = (env: Pick<DatabaseEnv, 'DATABASE_URL' | 'SQLITE_PATH'>): DatabaseConfig => ({
  url: env.DATABASE_URL,
  sqlitePath: env.SQLITE_PATH,
});
