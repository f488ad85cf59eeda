import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkCloudEventHeaders,
  DeadLetterError,
  decode,
  EventTypes,
  isDeadLetter,
  ReleaseEnrichedV1,
  ReleaseIndexedV1,
  ReleaseIngestedV1,
  ReleaseTranslatedV1,
  SourceRef,
  Translation,
  validateContract,
} from '@demarche/contracts';

const fixture = (event: string): Buffer => readFileSync(new URL(`./${event}/fixtures/v1.sample.json`, import.meta.url));
const sample = (event: string) => JSON.parse(fixture(event).toString('utf8')) as Record<string, unknown>;

/** Runs `fn` and returns the DeadLetterError it throws (fails the test if it throws nothing else). */
function deadLetterOf(fn: () => unknown): DeadLetterError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DeadLetterError);
    return error as DeadLetterError;
  }
  throw new Error('expected a DeadLetterError, nothing was thrown');
}

describe('decode: every event version round-trips its sample', () => {
  const versions = [
    { event: 'release-ingested', contract: ReleaseIngestedV1 },
    { event: 'release-translated', contract: ReleaseTranslatedV1 },
    { event: 'release-enriched', contract: ReleaseEnrichedV1 },
    { event: 'release-indexed', contract: ReleaseIndexedV1 },
  ] as const;

  it.each(versions)('decodes the $event v1 sample bytes into a $contract.name equal to the JSON', ({ event, contract }) => {
    const decoded = decode(contract as typeof ReleaseIngestedV1, fixture(event));
    expect(decoded).toBeInstanceOf(contract);
    expect(JSON.parse(JSON.stringify(decoded))).toEqual(sample(event));
  });

  it.each(versions)('accepts the $event v1 sample as a string too', ({ event, contract }) => {
    const decoded = decode(contract as typeof ReleaseIngestedV1, fixture(event).toString('utf8'));
    expect(decoded.id).toBe('rel_3f2a9c0d1b7e4a5f6c8d9e0f');
  });

  it('turns nested objects into their contract classes', () => {
    const decoded = decode(ReleaseTranslatedV1, fixture('release-translated'));
    expect(decoded.source).toBeInstanceOf(SourceRef);
    expect(decoded.translations[0]).toBeInstanceOf(Translation);
  });

  it('rejects an earlier version as a later one: an ingested release lacks translations', () => {
    const error = deadLetterOf(() => decode(ReleaseTranslatedV1, fixture('release-ingested')));
    expect(error.code).toBe('CONTRACT.INVALID');
    expect(error.message).toMatch(/\btranslations: /);
  });
});

describe('decode: unusable values are dead letters', () => {
  it.each([null, undefined, '', Buffer.alloc(0)])('%o is CONTRACT.EMPTY', (raw) => {
    const error = deadLetterOf(() => decode(ReleaseIngestedV1, raw));
    expect(error.code).toBe('CONTRACT.EMPTY');
    expect(error.message).toContain(EventTypes.ReleaseIngestedV1);
  });

  it('a value that is not JSON is CONTRACT.NOT_JSON', () => {
    const error = deadLetterOf(() => decode(ReleaseIngestedV1, Buffer.from('{"id": "rel_1", "title": 42')));
    expect(error.code).toBe('CONTRACT.NOT_JSON');
    expect(error.message).toMatch(/^org\.demarche\.release\.ingested\.v1: value is not JSON/);
  });

  it.each(['42', '"a string"', '[{"id":"x"}]', 'null', 'true'])('JSON %s is CONTRACT.NOT_AN_OBJECT', (raw) => {
    expect(deadLetterOf(() => decode(ReleaseIngestedV1, raw)).code).toBe('CONTRACT.NOT_AN_OBJECT');
  });

  it('a dead letter is never retriable', () => {
    const error = deadLetterOf(() => decode(ReleaseIngestedV1, 'nope'));
    expect(isDeadLetter(error)).toBe(true);
    expect(error.retriable).toBe(false);
    expect(error.name).toBe('DeadLetterError');
    expect(isDeadLetter(new Error('nope'))).toBe(false);
  });
});

describe('validateContract: CONTRACT.INVALID names each bad field by its path', () => {
  const ingested = sample('release-ingested');
  const translated = sample('release-translated');
  const enriched = sample('release-enriched');

  const invalid = (contract: typeof ReleaseIngestedV1, plain: unknown) => {
    const error = deadLetterOf(() => validateContract(contract, plain));
    expect(error.code).toBe('CONTRACT.INVALID');
    return error.message;
  };

  it('a missing paragraphs array', () => {
    const { paragraphs: _, ...rest } = ingested;
    expect(invalid(ReleaseIngestedV1, rest)).toMatch(/^org\.demarche\.release\.ingested\.v1: .*\bparagraphs: /);
  });

  it('an empty paragraphs array', () => {
    expect(invalid(ReleaseIngestedV1, { ...ingested, paragraphs: [] })).toMatch(/\bparagraphs: paragraphs must contain at least 1/);
  });

  it('an empty source id, as source.id', () => {
    expect(invalid(ReleaseIngestedV1, { ...ingested, source: { id: '' } })).toMatch(/\bsource\.id: /);
  });

  it('a source that is not an object', () => {
    expect(invalid(ReleaseIngestedV1, { ...ingested, source: 'mid.ru' })).toMatch(/\bsource: /);
  });

  it('a malformed release id and language, both named', () => {
    const message = invalid(ReleaseIngestedV1, { ...ingested, id: 'rel_XYZ', language: 'spanish' });
    expect(message).toMatch(/\bid: /);
    expect(message).toMatch(/\blanguage: /);
  });

  it('a bad translation language, as translations.0.language', () => {
    const [first] = translated.translations as object[];
    const message = invalid(ReleaseTranslatedV1, { ...translated, translations: [{ ...first, language: 'english' }] });
    expect(message).toMatch(/\btranslations\.0\.language: /);
  });

  it('an unknown translation status, as translation.status', () => {
    const message = invalid(ReleaseTranslatedV1, { ...translated, translation: { status: 'maybe', pending: [], unsupported: [] } });
    expect(message).toMatch(/\btranslation\.status: /);
  });

  it('a negative mention offset, as entities.0.mentions.0.start', () => {
    const [entity] = enriched.entities as { mentions: object[] }[];
    const mentions = [{ ...entity.mentions[0], start: -1 }];
    const message = invalid(ReleaseEnrichedV1, { ...enriched, entities: [{ ...entity, mentions }] });
    expect(message).toMatch(/\bentities\.0\.mentions\.0\.start: /);
  });

  it('a missing indexedAt on the indexed event', () => {
    const { indexedAt: _, ...rest } = sample('release-indexed');
    expect(invalid(ReleaseIndexedV1, rest)).toMatch(/^org\.demarche\.release\.indexed\.v1: .*\bindexedAt: /);
  });

  it('validates an already-parsed object the same way decode does', () => {
    expect(validateContract(ReleaseIngestedV1, ingested)).toBeInstanceOf(ReleaseIngestedV1);
    expect(deadLetterOf(() => validateContract(ReleaseIngestedV1, [ingested])).code).toBe('CONTRACT.NOT_AN_OBJECT');
  });
});

describe('validateContract: required nested objects', () => {
  it.each(['source'])('rejects an ingested event without %s', (field) => {
    const { [field]: _, ...rest } = sample('release-ingested');
    const error = deadLetterOf(() => validateContract(ReleaseIngestedV1, rest));
    expect(error.code).toBe('CONTRACT.INVALID');
    expect(error.message).toContain(field);
  });

  it('rejects a translated event without its translation state', () => {
    const { translation: _, ...rest } = sample('release-translated');
    const error = deadLetterOf(() => validateContract(ReleaseTranslatedV1, rest));
    expect(error.message).toContain('translation');
  });
});

describe('checkCloudEventHeaders', () => {
  const contract = { type: 'org.demarche.release.ingested.v1' };

  it('accepts the right type and spec version, and absent headers', () => {
    expect(() => checkCloudEventHeaders(contract, { ce_type: contract.type, ce_specversion: '1.0' })).not.toThrow();
    expect(() => checkCloudEventHeaders(contract, undefined)).not.toThrow();
  });

  it.each([
    [{ ce_type: 'org.demarche.release.ingested.v2' }, 'CONTRACT.WRONG_TYPE'],
    [{ ce_type: 'org.demarche.release.indexed.v1' }, 'CONTRACT.WRONG_TYPE'],
    [{ ce_type: contract.type, ce_specversion: '0.3' }, 'CONTRACT.SPEC_VERSION'],
  ])('dead-letters %o with %s', (headers, code) => {
    expect(() => checkCloudEventHeaders(contract, headers)).toThrow(expect.objectContaining({ code }));
  });
});
