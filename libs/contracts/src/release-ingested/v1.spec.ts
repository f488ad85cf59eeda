import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DeadLetterError, decode, ReleaseIngestedV1 } from '@demarche/contracts';

const sample = () => JSON.parse(readFileSync(new URL('./fixtures/v1.sample.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const asMessage = (value: object) => Buffer.from(JSON.stringify(value));

describe('ReleaseIngestedV1 titleSource / dateSource', () => {
  it('accepts an event with them and one without them (producers before they existed)', () => {
    expect(decode(ReleaseIngestedV1, asMessage(sample()))).toMatchObject({ titleSource: 'markup', dateSource: 'text' });
    const { titleSource: _t, dateSource: _d, ...older } = sample();
    expect(decode(ReleaseIngestedV1, asMessage(older)).titleSource).toBeUndefined();
  });

  it('refuses a source it does not know', () => {
    expect(() => decode(ReleaseIngestedV1, asMessage({ ...sample(), dateSource: 'guess' }))).toThrow(DeadLetterError);
    expect(() => decode(ReleaseIngestedV1, asMessage({ ...sample(), titleSource: 'ai' }))).toThrow(DeadLetterError);
  });
});
