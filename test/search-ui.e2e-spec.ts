import { existsSync, mkdirSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus, entityId } from './fixtures/corpus/corpus.js';
import { EnrichedProducer } from './support/enriched-producer.js';
import { searchUrl } from './support/env.js';
import { eventually } from './support/http.js';

/**
 * The analyst page in headless Chromium (Debian's package, driven by playwright-core).
 * Screenshots land in .data/screenshots/.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = '.data/screenshots';
const marker = `zu${randomBytes(4).toString('hex')}`;
const corpus = buildCorpus(marker).slice(0, 24);
const producer = new EnrichedProducer();
let browser: Browser;
let page: Page;

const ready = () => page.waitForSelector('body[data-ready="true"]');
async function open(hash: string) {
  await page.goto(`${searchUrl}/#${hash}`);
  await ready();
}
async function click(selector: string) {
  await page.evaluate(() => (document.body.dataset.ready = 'false'));
  await page.click(selector);
  await ready();
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  mkdirSync(SHOTS, { recursive: true });
  await producer.connect();
  await producer.send(corpus.map(({ template, ...r }) => (void template, r)));
  await eventually(
    async () => ((await (await fetch(`${searchUrl}/search?q=${marker}&collapse=false&facets=false`)).json()) as { total: number }).total,
    (n) => n === corpus.length,
    90_000,
  );
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await producer.disconnect();
});

describe('the analyst page', () => {
  it('searches from the box and lists results with highlights and facets', async () => {
    await open('/');
    await page.fill('#q', `${marker} ocean`);
    await click('#search-form button[type=submit]');
    expect(page.url()).toContain(`q=${marker}+ocean`);
    const hits = await page.$$eval('#hits .hit', (nodes) => nodes.length);
    expect(hits).toBe(corpus.filter((r) => r.template === 0).length);
    expect(await page.$$eval('#hits mark', (marks) => marks.map((m) => m.textContent?.toLowerCase()))).toContain('ocean');
    expect(await page.textContent('#facets')).toContain(`Amina Okafor ${marker}`);
    await page.screenshot({ path: `${SHOTS}/search.png`, fullPage: true });
  });

  it('renders a title holding markup as text, running nothing', async () => {
    await open(`/search?q=${marker}+script`);
    const titles = await page.$$eval('#hits h2', (nodes) => nodes.map((n) => n.textContent ?? ''));
    expect(titles.some((t) => t.includes('<script>alert(') && t.includes('<img src=x'))).toBe(true);
    expect(await page.$$eval('#view script, #view img', (nodes) => nodes.length)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await page.screenshot({ path: `${SHOTS}/escaping.png` });
  });

  it('narrows by a facet and shows "also published by" on collapsed duplicates', async () => {
    await open(`/search?q=${marker}`);
    const before = await page.textContent('#total');
    await click(`#facets a[href*="entity=${entityId(marker, 'tanaka')}"]`);
    expect(page.url()).toContain(`entity=${entityId(marker, 'tanaka')}`);
    const after = await page.textContent('#total');
    expect(after).not.toBe(before);
    expect(Number(after!.split(' ')[0])).toBe(corpus.filter((r) => r.entities.some((e) => e.id === entityId(marker, 'tanaka'))).length);
  });

  it('opens a release, toggles original and translation, marks entities', async () => {
    const spanish = corpus.find((r) => r.language === 'es' && r.template === 0)!;
    await open(`/release/${spanish.id}`);
    expect(await page.textContent('#release-title')).toBe(spanish.title);
    expect(await page.$$eval('.release-body a.entity', (nodes) => nodes.map((n) => n.textContent))).toContain('Lars Jensen');
    await click('.toggle a[data-version="en"]');
    expect(await page.textContent('#release-title')).toBe(spanish.translations[0].title);
    expect(await page.textContent('.release-body')).toContain('ocean protection');
    await page.screenshot({ path: `${SHOTS}/release.png`, fullPage: true });
  });

  it('opens an entity page with its timeline', async () => {
    await open(`/entity/${entityId(marker, 'okafor')}`);
    expect(await page.textContent('#entity-name')).toBe(`Amina Okafor ${marker}`);
    expect(await page.$$eval('.timeline div', (bars) => bars.length)).toBeGreaterThan(1);
    expect(await page.textContent('.entity-profile')).toContain('foreign minister');
    await page.screenshot({ path: `${SHOTS}/entity.png`, fullPage: true });
  });

  it('shows an API error as a message, not a blank page', async () => {
    await open('/search?q=%22open');
    expect(await page.textContent('.error')).toMatch(/unterminated quote/);
  });
});
