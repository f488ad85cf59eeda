import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { scrapedRelease } from '@demarche/testing';
import { captureCli } from './support/cli.js';
import { ingestUrl } from './support/env.js';
// @ts-expect-error -- a plain ESM CLI module without typings
import { run as runImport } from '../scripts/cli/import.mjs';
// @ts-expect-error -- a plain ESM CLI module without typings
import { run as runExtract } from '../scripts/cli/extract.mjs';

const m = () => `zq${randomBytes(5).toString('hex')}`;

const cli = captureCli;

describe('demarche import', () => {
  const dir = mkdtempSync(join(tmpdir(), 'demarche-import-'));
  const text = scrapedRelease(m());
  const ru = `Заявление МИД ${m()}\n\n5 сентября 2017 года\n\nМинистр иностранных дел провёл телефонный разговор с коллегой. Стороны обсудили ситуацию на Корейском полуострове и перспективы урегулирования.\nДоговорились продолжить контакты.`;
  const json = { title: `Press statement ${m()}`, body: 'The ministry announces the opening of a new consulate general in the northern region of the country.\nThe consulate will serve citizens from next month.' };
  const line = (n: number) => JSON.stringify({ title: `Batch statement ${n} ${m()}`, body: `Announcement ${n}: the ministry opens registration for the international conference on water resources, held in the spring.` });
  const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>Feed statement ${m()}</title><link>https://mfa.example.org/f/${m()}</link><description>&lt;p&gt;The ministry condemns the attack on the humanitarian convoy and calls for an independent investigation into the circumstances.&lt;/p&gt;</description><pubDate>Tue, 05 Sep 2017 10:00:00 GMT</pubDate></item></channel></rss>`;

  beforeAll(() => {
    writeFileSync(join(dir, 'a.txt'), text.text);
    writeFileSync(join(dir, 'ru-1251.txt'), iconv.encode(ru, 'windows-1251'));
    writeFileSync(join(dir, 'again.txt'), text.text);
    writeFileSync(join(dir, 'one.json'), JSON.stringify(json));
    writeFileSync(join(dir, 'many.ndjson'), [line(1), '{broken', line(2)].join('\n'));
    writeFileSync(join(dir, 'feed.xml'), feed);
    writeFileSync(join(dir, 'notes.md'), '# not a release');
  });

  afterAll(() => vi.restoreAllMocks());

  it('ingests a directory and ends with a summary of ingested, duplicates and rejected with reasons', async () => {
    const { code, output } = await cli(runImport, [dir, join(dir, 'notes.md'), '--ingest', ingestUrl, '--source', 'import-test']);
    expect(output).toMatch(/import: files=7 ingested=6 duplicates=1 rejected=2/);
    expect(output).toMatch(/INGEST\.NOT_JSON: 1/);
    expect(output).toMatch(/IMPORT\.FILE_TYPE: 1/);
    expect(output).toMatch(/many\.ndjson:2: INGEST\.NOT_JSON/);
    expect(code).toBe(1);
  });
});

describe('demarche extract', () => {
  it('prints the release as JSON, decoding a legacy charset', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'demarche-extract-'));
    const file = join(dir, 'page.html');
    writeFileSync(
      file,
      iconv.encode('<html><head><meta charset="windows-1251"><title>Заявление</title></head><body><h1>Заявление МИД России</h1><p>5 сентября 2017 года</p><p>Министр иностранных дел провёл телефонный разговор с коллегой из Индии. Стороны обсудили сотрудничество в области энергетики и торговли.</p></body></html>', 'windows-1251'),
    );
    const { code, output } = await cli(runExtract, [file]);
    expect(code).toBe(0);
    const result = JSON.parse(output);
    expect(result).toMatchObject({ title: 'Заявление МИД России', publishedAt: '2017-09-05', language: 'ru', charset: 'windows-1251', format: 'html' });
  });
});
