import { describe, expect, it } from 'vitest';
import { api, hex, type Subscription } from './support/feeds.js';

describe('subscriptions API', () => {
  it('creates, reads, lists by owner, changes and deletes a subscription; the secret is shown once', async () => {
    const owner = `newsroom-${hex(4)}`;
    const created = await api<Subscription & { links: Record<string, string> }>('/subscriptions', {
      method: 'POST',
      json: { name: 'Korea desk', owner, filter: { topics: ['korean-peninsula'], countries: ['KP'] } },
    });
    expect(created.status).toBe(201);
    expect(created.body.webhookSecret).toMatch(/^whsec_/);
    expect(created.body.links.atom).toMatch(/\/subscriptions\/sub_[0-9a-f]+\/feed\.atom$/);
    const id = created.body.id;

    const got = await api<Subscription>(`/subscriptions/${id}`);
    expect(got.body).toMatchObject({ id, status: 'active' });
    expect(got.body.webhookSecret).toBeUndefined();
    expect((await api<Subscription[]>(`/subscriptions?owner=${owner}`)).body.map((s) => s.id)).toEqual([id]);

    const patched = await api<Subscription & { name: string }>(`/subscriptions/${id}`, { method: 'PATCH', json: { name: 'Korea + Japan desk' } });
    expect(patched.body.name).toBe('Korea + Japan desk');
    expect((await api(`/subscriptions/${id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await api(`/subscriptions/${id}`)).status).toBe(404);
  });

  it('names what is wrong in a bad subscription', async () => {
    const bad = await api<{ message: string[] }>('/subscriptions', {
      method: 'POST',
      json: { name: '', owner: 'o', filter: { countries: ['kp'] }, delivery: { webhook: { url: 'ftp://example.org' } } },
    });
    expect(bad.status).toBe(400);
    const text = JSON.stringify(bad.body.message);
    expect(text).toMatch(/name/);
    expect(text).toMatch(/countries must be ISO 3166-1/);
    expect(text).toMatch(/url must be an http\(s\) URL/);
    const empty = await api<{ message: string }>('/subscriptions', { method: 'POST', json: { name: 'x', owner: 'o', filter: {} } });
    expect(empty.status).toBe(400);
    expect(empty.body.message).toMatch(/at least one of/);
    const unknown = await api<{ message: string }>('/subscriptions', { method: 'POST', json: { name: 'x', owner: 'o', filter: { topics: ['atlantis'] } } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.message).toMatch(/unknown topic feed atlantis/);
  });

  it('lists the eight topic feeds', async () => {
    const feeds = await api<Array<{ slug: string; kafkaTopic: string }>>('/feeds');
    expect(feeds.body.map((f) => f.slug)).toEqual(
      expect.arrayContaining(['korean-peninsula', 'russia-us-relations', 'nuclear-non-proliferation', 'ukraine', 'middle-east', 'sanctions', 'un-security-council', 'climate']),
    );
    expect(feeds.body.find((f) => f.slug === 'ukraine')!.kafkaTopic).toBe('feeds.ukraine.v1');
  });
});
