import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { CommonEnv, InvalidConfigError, TracingEnv, validateEnv } from '@demarche/config';

describe('TracingEnv (OpenTelemetry variables)', () => {
  it('defaults to parent-based sampling of every trace and no exporter', () => {
    const env = validateEnv(TracingEnv)({});
    expect(env).toMatchObject({ OTEL_TRACES_SAMPLER: 'parentbased_always_on', OTEL_TRACES_SAMPLER_ARG: 1 });
    expect(env.OTEL_EXPORTER_OTLP_ENDPOINT).toBeUndefined();
  });

  it('converts the ratio and accepts empty endpoints (compose files pass empty variables)', () => {
    const env = validateEnv(TracingEnv)({
      OTEL_TRACES_SAMPLER: 'parentbased_traceidratio',
      OTEL_TRACES_SAMPLER_ARG: '0.1',
      OTEL_EXPORTER_OTLP_ENDPOINT: '',
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://127.0.0.1:4318/v1/traces',
    });
    expect(env.OTEL_TRACES_SAMPLER_ARG).toBe(0.1);
  });

  it('names each bad variable', () => {
    let error: unknown;
    try {
      validateEnv(TracingEnv)({ OTEL_TRACES_SAMPLER: 'sometimes', OTEL_TRACES_SAMPLER_ARG: '2', OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidConfigError);
    expect((error as InvalidConfigError).problems.map((p) => p.split('=')[0]).sort()).toEqual([
      'OTEL_EXPORTER_OTLP_ENDPOINT',
      'OTEL_TRACES_SAMPLER',
      'OTEL_TRACES_SAMPLER_ARG',
    ]);
  });

  it('is part of every service env', () => {
    expect(validateEnv(CommonEnv)({ PORT: '8080', OTEL_SERVICE_NAME: 'demarche-x' }).OTEL_SERVICE_NAME).toBe('demarche-x');
  });
});
