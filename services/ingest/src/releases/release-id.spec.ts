import { describe, expect, it } from 'vitest';
import { RELEASE_ID_PATTERN } from '@demarche/contracts';
import { contentHash, releaseId } from './release-id.js';

describe('releaseId', () => {
  const hash = contentHash('a title', ['first paragraph', 'second paragraph']);

  it('is deterministic and matches the contract pattern', () => {
    expect(releaseId('push', undefined, hash)).toBe(releaseId('push', undefined, hash));
    expect(releaseId('push', undefined, hash)).toMatch(RELEASE_ID_PATTERN);
  });

  it('differs by source and by text', () => {
    const other = contentHash('a title', ['first paragraph', 'another paragraph']);
    expect(releaseId('push', undefined, hash)).not.toBe(releaseId('mfa.example', undefined, hash));
    expect(releaseId('push', undefined, hash)).not.toBe(releaseId('push', undefined, other));
  });

  it('keeps the id of a URL across text revisions', () => {
    const other = contentHash('a title', ['corrected paragraph']);
    const url = 'https://mfa.example/releases/1';
    expect(releaseId('push', url, hash)).toBe(releaseId('push', url, other));
  });
});
