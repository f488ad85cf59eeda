import { afterEach, describe, expect, it, vi } from 'vitest';
import { CeHeaders, cloudEventHeaders, deadLetterTopic, EventTypes, Topics } from '@demarche/contracts';

describe('cloudEventHeaders', () => {
  afterEach(() => vi.useRealTimers());

  it('carries the CloudEvents binary-mode attributes for the type and producer', () => {
    vi.useFakeTimers({ now: new Date('2025-11-28T10:11:12.345Z') });
    const headers = cloudEventHeaders(EventTypes.ReleaseTranslatedV1, 'translate');
    expect(headers).toEqual({
      ce_id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
      ce_source: '/demarche/translate',
      ce_type: 'org.demarche.release.translated.v1',
      ce_time: '2025-11-28T10:11:12.345Z',
      ce_specversion: '1.0',
      'content-type': 'application/json',
    });
  });

  it('gives every event its own id', () => {
    const a = cloudEventHeaders(EventTypes.ReleaseIngestedV1, 'ingest');
    const b = cloudEventHeaders(EventTypes.ReleaseIngestedV1, 'ingest');
    expect(a[CeHeaders.id]).not.toBe(b[CeHeaders.id]);
  });

  it('passes a traceparent through, and leaves the header out without one', () => {
    const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    expect(cloudEventHeaders(EventTypes.ReleaseIngestedV1, 'ingest', traceparent)[CeHeaders.traceparent]).toBe(traceparent);
    expect(cloudEventHeaders(EventTypes.ReleaseIngestedV1, 'ingest')).not.toHaveProperty(CeHeaders.traceparent);
    expect(cloudEventHeaders(EventTypes.ReleaseIngestedV1, 'ingest', '')).not.toHaveProperty(CeHeaders.traceparent);
  });
});

describe('deadLetterTopic', () => {
  it('parks a topic in <topic>.dlq', () => {
    expect(deadLetterTopic(Topics.ReleaseIngestedV1)).toBe('releases.ingested.v1.dlq');
  });
});
