import { describe, expect, it } from 'vitest';
import { childSpan, currentScope, outgoingTraceparent, parseTraceparent, runInTrace, setScopeRelease } from '@demarche/observability';

const PARENT = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

describe('W3C traceparent', () => {
  it('parses a valid header', () => {
    expect(parseTraceparent(PARENT)).toEqual({
      traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
      spanId: '00f067aa0ba902b7',
      flags: '01',
    });
  });

  it.each([
    ['absent', undefined],
    ['garbage', 'hello'],
    ['all-zero trace id', '00-00000000000000000000000000000000-00f067aa0ba902b7-01'],
    ['all-zero span id', '00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01'],
    ['forbidden version ff', 'ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01'],
    ['version 00 with trailing data', `${PARENT}-extra`],
    ['short trace id', '00-4bf92f3577b34da6a3ce929d0e0e47-00f067aa0ba902b7-01'],
  ])('rejects %s', (_, header) => {
    expect(parseTraceparent(header)).toBeUndefined();
  });

  it('makes a child span in the same trace, and a new trace without a parent', () => {
    const child = childSpan(parseTraceparent(PARENT));
    expect(child.traceId).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(child.spanId).toMatch(/^[0-9a-f]{16}$/);
    expect(child.spanId).not.toBe('00f067aa0ba902b7');
    const fresh = childSpan();
    expect(fresh.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(fresh.traceId).not.toBe(child.traceId);
  });
});

describe('trace scope', () => {
  it('continues the given trace inside runInTrace and is gone outside', async () => {
    expect(currentScope()).toBeUndefined();
    await runInTrace(PARENT, async () => {
      await new Promise((r) => setTimeout(r, 1));
      setScopeRelease('rel_1');
      expect(currentScope()).toMatchObject({ trace: { traceId: '4bf92f3577b34da6a3ce929d0e0e4736' }, releaseId: 'rel_1' });
      // An outgoing message continues the scope's trace with a new span.
      expect(outgoingTraceparent()).toMatch(/^00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-01$/);
    });
    expect(currentScope()).toBeUndefined();
  });

  it('prefers an explicit traceparent over the scope, and starts a trace with neither', () => {
    runInTrace(undefined, () => {
      expect(outgoingTraceparent(PARENT)).toMatch(/^00-4bf92f3577b34da6a3ce929d0e0e4736-/);
    });
    const a = outgoingTraceparent();
    const b = outgoingTraceparent();
    expect(a.split('-')[1]).not.toBe(b.split('-')[1]);
  });
});
