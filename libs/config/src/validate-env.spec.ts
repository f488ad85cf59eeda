// Services import reflect-metadata in main.ts before anything else; without it no design:type is recorded.
import 'reflect-metadata';
import { IsInt, Min } from 'class-validator';
import { describe, expect, it } from 'vitest';
import { CommonEnv, DatabaseEnv, ElasticsearchEnv, InvalidConfigError, validateEnv, withElasticsearch } from '@demarche/config';

class WorkerEnv extends CommonEnv {
  override PORT = 8099;

  @IsInt()
  @Min(1)
  BATCH_SIZE: number = 50;
}

function configErrorOf(fn: () => unknown): InvalidConfigError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidConfigError);
    return error as InvalidConfigError;
  }
  throw new Error('expected an InvalidConfigError, nothing was thrown');
}

describe('validateEnv', () => {
  it('fills every unset variable from the env class defaults', () => {
    const env = validateEnv(ElasticsearchEnv)({ PORT: '8085' });
    expect(env).toBeInstanceOf(ElasticsearchEnv);
    expect(env).toMatchObject({
      NODE_ENV: 'development',
      LOG_FORMAT: 'pretty',
      LOG_LEVEL: 'log',
      KAFKA_BROKERS: '127.0.0.1:9092',
      KAFKA_GROUP_PREFIX: 'demarche',
      HOST: '127.0.0.1',
      ELASTICSEARCH_URL: 'http://127.0.0.1:9200',
      ELASTICSEARCH_ALIAS: 'releases',
      ELASTICSEARCH_TIMEOUT_MS: 10_000,
    });
  });

  it('takes the default of a subclass over the base class', () => {
    expect(validateEnv(WorkerEnv)({}).PORT).toBe(8099);
    expect(validateEnv(DatabaseEnv)({ PORT: '1' }).SQLITE_PATH).toBe('.data/demarche.sqlite');
  });

  it('lets a set variable win over the default', () => {
    const env = validateEnv(CommonEnv)({ PORT: '8080', KAFKA_BROKERS: 'kafka-1:9092,kafka-2:9092', LOG_LEVEL: 'debug' });
    expect(env.KAFKA_BROKERS).toBe('kafka-1:9092,kafka-2:9092');
    expect(env.LOG_LEVEL).toBe('debug');
  });

  it('converts numeric strings to numbers', () => {
    const env = validateEnv(WorkerEnv)({ PORT: '8080', BATCH_SIZE: '200' });
    expect(env.PORT).toBe(8080);
    expect(env.BATCH_SIZE).toBe(200);
  });

  it('rejects a broker list that is not host:port, naming KAFKA_BROKERS', () => {
    const error = configErrorOf(() => validateEnv(CommonEnv)({ PORT: '8080', KAFKA_BROKERS: 'nope' }));
    expect(error.problems).toEqual(['KAFKA_BROKERS="nope": must be a comma-separated list of host:port']);
    expect(error.message).toMatch(/^Invalid configuration:\n {2}KAFKA_BROKERS="nope"/);
  });

  it('rejects a port out of range, naming PORT', () => {
    const error = configErrorOf(() => validateEnv(CommonEnv)({ PORT: '99999' }));
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatch(/^PORT=99999: .*PORT must not be greater than 65535/);
  });

  it('rejects a missing variable that has no default', () => {
    expect(configErrorOf(() => validateEnv(CommonEnv)({})).message).toMatch(/\bPORT=undefined: /);
  });

  it('rejects a port that is not a number', () => {
    expect(configErrorOf(() => validateEnv(CommonEnv)({ PORT: 'http' })).message).toMatch(/\bPORT=.*must be an integer number/);
  });

  it('reports every bad variable on its own line', () => {
    const error = configErrorOf(() =>
      validateEnv(ElasticsearchEnv)({ PORT: '0', LOG_LEVEL: 'trace', ELASTICSEARCH_URL: 'ftp://es:9200' }),
    );
    expect(error.problems.map((p) => p.split('=')[0]).sort()).toEqual(['ELASTICSEARCH_URL', 'LOG_LEVEL', 'PORT']);
    expect(error.message.split('\n')).toHaveLength(4);
  });

  it('rejects a DATABASE_URL that is not postgres', () => {
    expect(configErrorOf(() => validateEnv(DatabaseEnv)({ PORT: '1', DATABASE_URL: 'mysql://db/x' })).message).toMatch(
      /DATABASE_URL="mysql:\/\/db\/x": must be a postgres:\/\/ URL/,
    );
  });
});

describe('validateEnv: numeric settings given as text', () => {
  it('converts ELASTICSEARCH_TIMEOUT_MS from the environment string', () => {
    expect(validateEnv(ElasticsearchEnv)({ PORT: '8085', ELASTICSEARCH_TIMEOUT_MS: '5000' }).ELASTICSEARCH_TIMEOUT_MS).toBe(5000);
  });
});

describe('withElasticsearch', () => {
  const StoreAndSearchEnv = withElasticsearch(DatabaseEnv);

  it('adds the Elasticsearch settings, defaults and validation to another env class', () => {
    const env = validateEnv(StoreAndSearchEnv)({ PORT: '8082', ELASTICSEARCH_TIMEOUT_MS: '2500' });
    expect(env).toMatchObject({ SQLITE_PATH: '.data/demarche.sqlite', ELASTICSEARCH_ALIAS: 'releases', ELASTICSEARCH_TIMEOUT_MS: 2500 });
    expect(configErrorOf(() => validateEnv(StoreAndSearchEnv)({ PORT: '8082', ELASTICSEARCH_URL: 'es:9200' })).message).toMatch(
      /ELASTICSEARCH_URL/,
    );
  });
});
