import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signatureHeader, verifySignature } from './webhook-signature.js';

describe('webhook signature', () => {
  const body = '{"uri":"urn:demarche:release:rel_1"}';

  it('is HMAC-SHA256 over "<timestamp>.<body>" with the subscription secret', () => {
    const header = signatureHeader('whsec_x', body, 1_700_000_000);
    const mac = createHmac('sha256', 'whsec_x').update(`1700000000.${body}`).digest('hex');
    expect(header).toBe(`t=1700000000,v1=${mac}`);
  });

  it('verifies a fresh signature and rejects a changed body, another secret or an old timestamp', () => {
    const now = Date.now();
    const header = signatureHeader('whsec_x', body, Math.floor(now / 1000));
    expect(verifySignature('whsec_x', body, header, 300, now)).toBe(true);
    expect(verifySignature('whsec_x', body + ' ', header, 300, now)).toBe(false);
    expect(verifySignature('whsec_y', body, header, 300, now)).toBe(false);
    expect(verifySignature('whsec_x', body, header, 300, now + 301_000)).toBe(false);
    expect(verifySignature('whsec_x', body, 'garbage', 300, now)).toBe(false);
  });
});
