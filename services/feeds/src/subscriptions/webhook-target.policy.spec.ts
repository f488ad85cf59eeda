import { describe, expect, it } from 'vitest';
import type { FeedsConfig } from '../config/feeds.config.js';
import { WebhookTargetPolicy } from './webhook-target.policy.js';

const policy = (setting?: string) => new WebhookTargetPolicy({ webhook: { allowPrivateNetwork: setting } } as FeedsConfig);

describe('WebhookTargetPolicy', () => {
  it('allows no private target by default', async () => {
    expect(policy().allowsPrivate('http://127.0.0.1:9000/hook')).toBe(false);
    await expect(policy().check('http://127.0.0.1:9000/hook')).rejects.toMatchObject({ response: { code: 'WEBHOOK.BLOCKED_ADDRESS' } });
    await expect(policy('false').check('http://[::1]/hook')).rejects.toMatchObject({ status: 400 });
  });

  it('allows listed hosts only, by host or host:port', async () => {
    const listed = policy('127.0.0.1, intranet.example.org:8443');
    expect(listed.allowsPrivate('http://127.0.0.1:9000/hook')).toBe(true);
    expect(listed.allowsPrivate('https://intranet.example.org:8443/hook')).toBe(true);
    expect(listed.allowsPrivate('https://intranet.example.org/hook')).toBe(false);
    expect(listed.allowsPrivate('http://localhost:9000/hook')).toBe(false);
    await expect(listed.check('http://127.0.0.1:9000/hook')).resolves.toBeUndefined();
    await expect(listed.check('http://10.0.0.1/hook')).rejects.toMatchObject({ status: 400 });
  });

  it('true allows any private target, never another scheme', async () => {
    await expect(policy('true').check('http://10.0.0.1/hook')).resolves.toBeUndefined();
    await expect(policy('true').check('file:///etc/passwd')).rejects.toMatchObject({ response: { code: 'WEBHOOK.SCHEME' } });
  });
});
