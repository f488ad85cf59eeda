import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corenlpLabel, CoreNlpRecogniser, parseCoreNlp } from './corenlp.client.js';
import { NatashaRecogniser } from './natasha.client.js';
import { RecogniserUnavailableError } from './ner.types.js';
import { createRecogniser } from './recogniser.js';

describe('CoreNLP answers', () => {
  it('maps every model scheme to PER/ORG/LOC/MISC and drops the rest', () => {
    expect(['PERSON', 'I-PER', 'PERS', 'ORGANIZATION', 'B-ORG', 'LUG', 'GPE', 'LOCATION', 'I-MISC', 'OTROS', 'DATE', 'FACILITY'].map(corenlpLabel)).toEqual([
      'PER', 'PER', 'PER', 'ORG', 'ORG', 'LOC', 'LOC', 'LOC', 'MISC', 'MISC', undefined, undefined,
    ]);
  });

  it('groups labelled tokens into mentions with their UTF-16 offsets into the text sent', () => {
    const text = 'Ms. Jane Mwangi 😀 visited Mombasa today.\n\nParis Lyon';
    const at = (s: string) => text.indexOf(s);
    // CoNLL columns label, begin, end; a blank line between sentences; DATE is not ours.
    const answer = [
      'O\t0\t3', 'PERSON\t4\t8', 'PERSON\t9\t15', 'O\t16\t18', 'O\t19\t26',
      `LOCATION\t${at('Mombasa')}\t${at('Mombasa') + 7}`, `DATE\t${at('today')}\t${at('today') + 5}`, `O\t${at('.')}\t${at('.') + 1}`, '',
      `B-LOC\t${at('Paris')}\t${at('Paris') + 5}`, `B-LOC\t${at('Lyon')}\t${at('Lyon') + 4}`, '',
    ].join('\n');
    expect(parseCoreNlp(answer, text)).toEqual([
      { start: 4, end: 15, type: 'PER', text: 'Jane Mwangi' },
      { start: at('Mombasa'), end: at('Mombasa') + 7, type: 'LOC', text: 'Mombasa' },
      { start: at('Paris'), end: at('Paris') + 5, type: 'LOC', text: 'Paris' },
      { start: at('Lyon'), end: at('Lyon') + 4, type: 'LOC', text: 'Lyon' },
    ]);
  });

  it('ends a mention at a sentence break even when the label goes on', () => {
    expect(parseCoreNlp('ORGANIZATION\t0\t5\n\nORGANIZATION\t7\t12\n', 'Pesca. Japan')).toEqual([
      { start: 0, end: 5, type: 'ORG', text: 'Pesca' },
      { start: 7, end: 12, type: 'ORG', text: 'Japan' },
    ]);
  });

  it('ends a mention where the text has a line break or a wide gap (punctuation a scraper dropped)', () => {
    const text = 'the Department of Energy  the State of Colorado';
    const answer = [[4, 14], [15, 17], [18, 24], [26, 29], [30, 35], [36, 38], [39, 47]].map(([b, e]) => `ORGANIZATION\t${b}\t${e}`).join('\n');
    expect(parseCoreNlp(answer, text).map((m) => m.text)).toEqual(['Department of Energy', 'the State of Colorado']);
  });

  it('takes an answer in another format for a broken one', () => {
    expect(() => parseCoreNlp('{"sentences": []}', 'Paris')).toThrow(RecogniserUnavailableError);
  });
});

describe('a recogniser that does not answer is an outage, a refusal is a bug', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      const url = req.url ?? '';
      if (url.startsWith('/slow')) return void setTimeout(() => res.end('{}'), 2_000);
      if (url.startsWith('/busy')) return void res.writeHead(503).end('loading');
      if (url.startsWith('/bad')) return void res.writeHead(400).end('bad properties');
      req.resume();
      req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ spans: [[0, 6, 'PER'], [9, 15, 'LOC'], [0, 1, 'DATE']] })));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('reads natasha spans and keeps PER/ORG/LOC', async () => {
    expect(await new NatashaRecogniser(base).recognise('Лавров в Москве', 'ru')).toEqual([
      { start: 0, end: 6, type: 'PER', text: 'Лавров' },
      { start: 9, end: 15, type: 'LOC', text: 'Москве' },
    ]);
  });

  it('throws RecogniserUnavailableError on 5xx, on a timeout and on a refused connection', async () => {
    await expect(new CoreNlpRecogniser(`${base}/busy`).recognise('Paris', 'en')).rejects.toBeInstanceOf(RecogniserUnavailableError);
    await expect(new CoreNlpRecogniser(`${base}/slow`, 200).recognise('Paris', 'en')).rejects.toBeInstanceOf(RecogniserUnavailableError);
    await expect(new NatashaRecogniser('http://127.0.0.1:1').recognise('Москва', 'ru')).rejects.toMatchObject({ retriable: true, code: 'NER.UNAVAILABLE' });
  });

  it('throws a plain error on a 4xx: retrying would not help', async () => {
    const error = await new CoreNlpRecogniser(`${base}/bad`).recognise('Paris', 'en').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(RecogniserUnavailableError);
  });

  it('routes each language to the recogniser that has it, and gives none to the others', async () => {
    const router = createRecogniser({ corenlpUrl: `${base}/busy`, natashaUrl: base });
    expect(router.languages).toEqual(['en', 'es', 'fr', 'de', 'zh', 'ru']);
    expect(await router.recognise('Лавров в Москве', 'ru')).toHaveLength(2);
    expect(await router.recognise('لافروف', 'ar')).toEqual([]);
    await expect(router.recognise('Paris', 'en')).rejects.toBeInstanceOf(RecogniserUnavailableError);
  });
});

describe('CachedRecogniser', () => {
  it('asks the recogniser once per text and language, and does not remember a failure', async () => {
    const { CachedRecogniser, LanguageRouter } = await import('./index.js');
    let calls = 0;
    let fail = true;
    const router = new LanguageRouter([
      {
        languages: ['en'],
        recognise: async (text: string) => {
          calls++;
          if (fail) throw new RecogniserUnavailableError('down');
          return [{ start: 0, end: text.length, type: 'LOC' as const, text }];
        },
      },
    ]);
    const cached = new CachedRecogniser(router, 10);
    await expect(cached.recognise('Paris', 'en')).rejects.toBeInstanceOf(RecogniserUnavailableError);
    fail = false;
    expect(await cached.recognise('Paris', 'en')).toHaveLength(1);
    expect(await cached.recognise('Paris', 'en')).toHaveLength(1);
    expect(await cached.recognise('Lyon', 'en')).toHaveLength(1);
    expect(calls).toBe(3);
    expect([cached.hits, cached.misses]).toEqual([1, 3]);
  });
});
