import { afterEach, describe, expect, it, vi } from 'vitest';
import { runInTrace } from '@demarche/observability';
import { ServiceLogger } from '@demarche/platform';

const TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';

function captured(fn: (logger: ServiceLogger) => void): Record<string, unknown>[] {
  const lines: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  fn(new ServiceLogger('index', { json: true, logLevels: ['log', 'warn', 'error'] }));
  return lines.map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('ServiceLogger (JSON)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('adds service, trace and release id of the current message to every line', () => {
    const [line] = captured((logger) => runInTrace(`00-${TRACE}-00f067aa0ba902b7-01`, () => logger.log('indexed'), 'rel_1'));
    expect(line).toMatchObject({ level: 'log', message: 'indexed', service: 'index', traceId: TRACE, releaseId: 'rel_1' });
    expect(line.spanId).toMatch(/^[0-9a-f]{16}$/);
  });

  it('lifts a release id named in the message, and adds no trace outside a scope', () => {
    const [line] = captured((logger) => logger.log({ msg: 'published', releaseId: 'rel_2' }));
    expect(line).toMatchObject({ releaseId: 'rel_2', service: 'index' });
    expect(line).not.toHaveProperty('traceId');
  });
});
