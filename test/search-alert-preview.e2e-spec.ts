import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchUrl } from './support/env.js';
import { closeClients, hex, indexedRelease, publishIndexed } from './support/feeds.js';

/**
 * The analyst page's "Preview as an alert": the search, run by the feeds service as a draft
 * subscription over the last 7 days, each release with why it would have matched. Through the
 * search service's POST /alert-preview, and in the page (headless Chromium).
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const m = `zp${hex(5)}`;
const ids: string[] = [];
let browser: Browser | undefined;

beforeAll(async () => {
  const releases = [
    indexedRelease(m, { title: `Sanctions on the DPRK ${m}`, countries: ['KP'] }),
    indexedRelease(m, { title: `Talks in Seoul ${m}`, countries: ['KR'] }),
  ];
  ids.push(...releases.map((r) => r.id));
  await publishIndexed(...releases);
});

afterAll(async () => {
  await browser?.close();
  await closeClients();
});

describe('preview as an alert', () => {
  it('answers through the search service with what the feeds service would have delivered', async () => {
    const res = await fetch(`${searchUrl}/alert-preview`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ filter: { query: `${m} sanctions`, countries: ['KP'] }, days: 1 }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { total: number; items: Array<{ releaseId: string; why: Array<{ rule: string; terms?: string[] }> }> };
    expect(body.items.map((i) => i.releaseId)).toEqual([ids[0]]);
    expect(body.items[0].why.map((w) => w.rule)).toEqual(['country', 'query']);
    expect(body.items[0].why[1].terms).toEqual(expect.arrayContaining(['sanctions', m]));
    const bad = await fetch(`${searchUrl}/alert-preview`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ filter: { query: '"open' } }) });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { message: string }).message).toContain('unterminated quote');
  });

  it('shows each release with its highlighted why in the analyst page', async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (or set CHROMIUM_PATH)`);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    const page = await browser.newPage();
    await page.goto(`${searchUrl}/#/search?q=${m}`);
    await page.waitForSelector('body[data-ready="true"]');
    await page.click('#alert-preview');
    await page.waitForSelector('#alert-items .alert-item');
    const items = await page.$$eval('#alert-items .alert-item', (nodes) => nodes.map((n) => n.getAttribute('data-id')));
    expect(items.sort()).toEqual([...ids].sort());
    expect(await page.textContent('#alert-box h3')).toContain('2 deliveries in the last 7 days');
    const marks = await page.$$eval('#alert-items .why mark', (nodes) => nodes.map((n) => n.textContent));
    expect(marks).toContain(m);
  });
});
