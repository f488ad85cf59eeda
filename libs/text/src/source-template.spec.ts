import { describe, expect, it } from 'vitest';
import { blockFingerprint, SourceTemplate } from './source-template.js';

// A synthetic source: ten releases that share the site's furniture the generic extractor keeps.
const FURNITURE = [
  'The Embassy of the Republic of Example in Wellington',
  'Official information of the Ministry is published in the Official Gazette.',
  '“Working for our citizens abroad”',
];
const release = (n: number): string[] => [
  FURNITURE[0]!,
  `The minister met the delegation number ${n} to discuss ${['trade', 'water', 'fisheries', 'energy', 'culture'][n % 5]} and regional matters in detail.`,
  `Both sides agreed on a follow-up meeting for topic ${String.fromCharCode(65 + n)} at the level of deputies.`,
  n % 2 === 0 ? FURNITURE[1]! : FURNITURE[1]!.toUpperCase(),
  FURNITURE[2]!.replace('“', '"').replace('”', '"'),
];

describe('SourceTemplate', () => {
  it('learns the furniture of a source from its documents and strips it from later ones', () => {
    const template = new SourceTemplate();
    const stripped = Array.from({ length: 10 }, (_, n) => {
      const out = template.strip(release(n));
      template.learn(release(n));
      return out;
    });
    // Nothing is known before the third document.
    for (const n of [0, 1, 2]) expect(stripped[n]).toEqual(release(n));
    for (const n of [3, 4, 5, 6, 7, 8, 9]) expect(stripped[n]).toEqual(release(n).slice(1, 3));
    // On replay the earlier documents are stripped too.
    expect(template.strip(release(0))).toEqual(release(0).slice(1, 3));
  });

  it('needs the block in enough of the recent documents', () => {
    const template = new SourceTemplate(undefined, { minDocuments: 3, minShare: 0.3, window: 10 });
    for (let n = 0; n < 3; n++) template.learn(['An old slogan the site no longer shows.', `Body ${n} of something unique ${'x'.repeat(n)}.`]);
    expect(template.isBoilerplate(blockFingerprint('An old slogan the site no longer shows.'))).toBe(true);
    for (let n = 0; n < 10; n++) template.learn([`A fresh body number ${n} ${'y'.repeat(n)}.`]);
    // Still seen three times, but no longer in 30% of the last ten documents.
    expect(template.isBoilerplate(blockFingerprint('An old slogan the site no longer shows.'))).toBe(false);
  });

  it('never takes the whole body', () => {
    const template = new SourceTemplate();
    for (let n = 0; n < 5; n++) template.learn(['Site slogan.', `Unique body ${n}${'z'.repeat(n)}.`]);
    expect(template.strip(['Site slogan.'])).toEqual(['Site slogan.']);
  });

  it('is deterministic: the same state strips the same way', () => {
    const a = new SourceTemplate();
    const b = new SourceTemplate();
    for (let n = 0; n < 6; n++) {
      a.learn(release(n));
      b.learn(release(n));
    }
    expect(a.strip(release(7))).toEqual(b.strip(release(7)));
    expect(blockFingerprint('Follow  the “Embassy”')).toBe(blockFingerprint('follow the "embassy"'));
    expect(blockFingerprint('Mission 3 agreed.')).not.toBe(blockFingerprint('Mission 4 agreed.'));
  });
});

describe('SourceTemplate on extracted HTML pages', () => {
  // Furniture inside the article element, where a generic extractor has to keep it: the site's
  // standing disclaimer and a "follow us" line that no furniture list knows.
  const page = (n: number) => `<!doctype html><html lang="en"><head><title>Release ${n} | Embassy</title></head><body>
<article><h1>Ambassador meets the governor of province ${n}</h1><p class="date">${n + 1} March 2018</p>
<p>The Ambassador held a meeting with the governor of province number ${n} on trade, investment and ${['tourism', 'agriculture', 'education', 'health', 'transport'][n % 5]} projects.</p>
<p>The parties agreed to prepare a business mission ${n} before the end of the year and to open an honorary consulate.</p>
<p>The Embassy is not responsible for the content of external websites linked from this page.</p>
<p>Stay informed about the Embassy's work on our channels in the messengers.</p></article></body></html>`;
  it('strips in-article furniture after three pages of a source, keeping the release text', async () => {
    const { extractRelease } = await import('./extract-release.js');
    const template = new SourceTemplate();
    const bodies = Array.from({ length: 10 }, (_, n) => {
      const { paragraphs } = extractRelease({ content: page(n), format: 'html' });
      const stripped = template.strip(paragraphs);
      template.learn(paragraphs);
      return { paragraphs, stripped };
    });
    expect(bodies[0]!.paragraphs).toHaveLength(4);
    expect(bodies[2]!.stripped).toHaveLength(4);
    for (const { paragraphs, stripped } of bodies.slice(3)) expect(stripped).toEqual(paragraphs.slice(0, 2));
  }, 20_000); // ten page extractions plus loading the parsers: seconds on a busy shared machine
});
