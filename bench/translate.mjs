#!/usr/bin/env node
// Words per second through the translate service's translation path against calling Apertium APY
// directly in the same run, then the same releases again with a warm cache.
//
//   node bench/translate.mjs [--releases 80] [--concurrency 4]
//
// "Through the service" runs the service's own code from its build (services/translate/dist):
// TranslationService → ResilientBackend (bounded concurrency, retries, circuit breaker) →
// ApertiumBackend, with the translation cache in the database (SQLite in a temp dir; PostgreSQL
// when BENCH_DATABASE_URL is set) — everything but Kafka. "Direct" posts the same kind of
// paragraphs to APY's /translate with the same chunking and concurrency, nothing else.
// Needs the stack's APY (APERTIUM_URL, default http://127.0.0.1:2737) with eng→spa installed.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Logger } from '@nestjs/common';
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { configuredBackends } from '../services/translate/dist/backends/configured-backends.js';
import { splitForBackend } from '../services/translate/dist/backends/split-for-backend.js';
import { CachedTranslation } from '../services/translate/dist/cache/cached-translation.entity.js';
import { TranslationCache } from '../services/translate/dist/cache/translation-cache.js';
import { databaseOptions } from '../services/translate/dist/database/database.options.js';
import { TargetLanguages } from '../services/translate/dist/routing/target-languages.js';
import { TranslationService } from '../services/translate/dist/translation/translation.service.js';

const { values } = parseArgs({
  options: { releases: { type: 'string', default: '80' }, concurrency: { type: 'string', default: '4' } },
});
const RELEASES = Number(values.releases);
const CONCURRENCY = Number(values.concurrency);
const APY = process.env.APERTIUM_URL ?? 'http://127.0.0.1:2737';
Logger.overrideLogger(['error']);

const SENTENCES = [
  'The Security Council today unanimously adopted a resolution tightening sanctions in response to the latest nuclear test.',
  'Our delegation supported the resolution because it keeps the Council united and leaves the door open to a political settlement.',
  'Sanctions cannot be an end in themselves: they must be accompanied by a genuine effort to resume negotiations.',
  'We call on all parties to exercise restraint and to refrain from steps that could further escalate tensions in the region.',
  'The ministers shared their assessments of the situation in the context of the new missile tests.',
  'He said that the choice should be made to use political and diplomatic tools to find ways of achieving a lasting peace.',
  'The parties discussed preparations for the summit and the situation with rising sea levels, which threatens several member states.',
  'The Minister confirmed the readiness to increase support for renewable energy projects and to continue scholarships for students.',
];

/** A release of 4–6 paragraphs of 2–4 sentences; every paragraph carries a unique token, so nothing is cached by accident. */
function makeRelease(n, tag) {
  const paragraphs = Array.from({ length: 4 + (n % 3) }, (_, p) => {
    const count = 2 + ((n + p) % 3);
    const body = Array.from({ length: count }, (_, s) => SENTENCES[(n * 3 + p * 2 + s) % SENTENCES.length]).join(' ');
    return `Reference ${tag}${n}x${p}. ${body}`;
  });
  return {
    id: `rel_${randomBytes(12).toString('hex')}`,
    revision: Date.now(),
    source: { id: 'mfa.example.org' },
    title: `Statement ${tag}${n} on the situation in the region`,
    paragraphs,
    language: 'en',
    ingestedAt: new Date().toISOString(),
    contentHash: randomBytes(32).toString('hex'),
  };
}

const wordsOf = (releases) => releases.reduce((sum, r) => sum + [r.title, ...r.paragraphs].join(' ').split(/\s+/).filter(Boolean).length, 0);

async function pool(items, limit, work) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

async function timed(label, releases, work) {
  const started = performance.now();
  await pool(releases, CONCURRENCY, work);
  const seconds = (performance.now() - started) / 1000;
  const words = wordsOf(releases);
  const wps = words / seconds;
  console.log(`${label.padEnd(26)} ${String(releases.length).padStart(4)} releases ${String(words).padStart(7)} words ${seconds.toFixed(2).padStart(8)} s ${wps.toFixed(0).padStart(8)} words/s`);
  return { words, seconds };
}

/** What a client of APY does without the service: each paragraph in ≤2000-char pieces, one POST each. */
async function apyDirect(release) {
  for (const text of [release.title, ...release.paragraphs]) {
    for (const piece of splitForBackend(text, 2000)) {
      const res = await fetch(new URL('translate', APY.endsWith('/') ? APY : `${APY}/`), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
        body: new URLSearchParams({ q: piece, langpair: 'eng|spa', markUnknown: 'no', format: 'txt' }),
      });
      if (!res.ok) throw new Error(`APY answered ${res.status}`);
      const body = await res.json();
      if (!body.responseData?.translatedText) throw new Error('APY returned no text');
    }
  }
}

const dir = mkdtempSync(join(tmpdir(), 'bench-translate-'));
const db = await new DataSource(
  databaseOptions({ DATABASE_URL: process.env.BENCH_DATABASE_URL, SQLITE_PATH: join(dir, 'cache.sqlite') }),
).initialize();
const backends = configuredBackends({
  APERTIUM_URL: APY,
  TRANSLATION_TIMEOUT_MS: 20_000,
  TRANSLATION_CALL_TIMEOUT_MS: 25_000,
  TRANSLATION_CONCURRENCY: CONCURRENCY,
  TRANSLATION_RETRIES: 2,
  TRANSLATION_BREAKER_RESET_MS: 10_000,
  OPENAI_LANGUAGES: 'en',
});
const service = new TranslationService(backends, new TargetLanguages('es', ''), new TranslationCache(db.getRepository(CachedTranslation), `bench-${randomBytes(4).toString('hex')}`));

try {
  const tag = `zq${randomBytes(3).toString('hex')}`;
  const translateAll = async (release) => {
    const out = await service.translate(release);
    if (out.translation.status !== 'done') throw new Error(`release ${release.id} is ${out.translation.status}: is APY up with eng→spa?`);
  };

  // Warm both paths (APY loads the pair's pipeline on first use) before measuring.
  await pool([makeRelease(0, `${tag}w`)], 1, apyDirect);
  await translateAll(makeRelease(1, `${tag}v`));

  // Alternate rounds so that neither path profits from APY being warmer or the machine quieter.
  const direct = { words: 0, seconds: 0 };
  const cold = { words: 0, seconds: 0 };
  const add = (total, run) => {
    total.words += run.words;
    total.seconds += run.seconds;
  };
  const serviceReleases = [];
  const ROUNDS = 8;
  for (let round = 0; round < ROUNDS; round++) {
    const forDirect = Array.from({ length: Math.ceil(RELEASES / ROUNDS) }, (_, i) => makeRelease(i, `${tag}d${round}r`));
    const forService = Array.from({ length: Math.ceil(RELEASES / ROUNDS) }, (_, i) => makeRelease(i, `${tag}s${round}r`));
    serviceReleases.push(...forService);
    add(direct, await timed(`APY direct (round ${round + 1})`, forDirect, apyDirect));
    add(cold, await timed(`service, cold (round ${round + 1})`, forService, translateAll));
  }
  const warmRun = await timed('service, warm cache', serviceReleases, translateAll);
  const [directWps, coldWps, warmWps] = [direct, cold, warmRun].map((run) => run.words / run.seconds);

  console.log(`${RELEASES} releases a path, concurrency ${CONCURRENCY}, cache on ${process.env.BENCH_DATABASE_URL ? 'PostgreSQL' : 'SQLite'}`);
  console.log(
    `bench: releases=${RELEASES} words=${wordsOf(serviceReleases)} apy_direct_wps=${directWps.toFixed(0)} service_cold_wps=${coldWps.toFixed(0)} ` +
      `service_warm_wps=${warmWps.toFixed(0)} service_vs_direct=${(coldWps / directWps).toFixed(2)} warm_vs_cold=${(warmWps / coldWps).toFixed(1)}`,
  );
} finally {
  for (const backend of backends) backend.shutdown();
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
}
