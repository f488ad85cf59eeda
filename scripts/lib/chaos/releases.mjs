// The chaos run's releases and the client that pushes them through ingest's HTTP API at a
// steady rate, retrying (with the very same bytes) until each one is accepted.
import { createHash } from 'node:crypto';

const WORDS = (
  'delegation ministers dialogue restraint resolution council sanctions missile launch summit envoy ceasefire treaty ' +
  'cooperation humanitarian corridor verification inspection reactor enrichment fisheries shipping border talks visit ' +
  'consultations memorandum agreement investment trade energy grain ports aviation customs visas students culture ' +
  'parliament election observers mission embassy consulate protocol tariff quota pipeline satellite vaccine outbreak ' +
  'drought flood harvest reform budget pension railway bridge harbour refinery telescope archive museum orchestra'
).split(' ');

/**
 * sfc32 seeded with 128 bits of sha256(key): a retried push must send byte-identical text.
 * (A 32-bit counter PRNG such as mulberry32 gives seeds that are shifts of one another, and so
 * the occasional pair of releases with the same sentences: a real near-duplicate.)
 */
function prng(key) {
  const seed = createHash('sha256').update(key).digest();
  let [a, b, c, d] = [0, 4, 8, 12].map((o) => seed.readUInt32LE(o));
  return () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

/** `chaos<run> n<i>` is in every title: the marker that tells the run's documents apart. */
export const titleMarker = (run, i) => `chaos${run} n${i}`;

/** Release i of the run: distinct enough that near-duplicate clustering keeps each its own story. */
export function chaosRelease(run, source, i) {
  const random = prng(`${run}:${i}`);
  const pick = () => WORDS[Math.floor(random() * WORDS.length)];
  const sentence = () => Array.from({ length: 16 }, pick).join(' ').replace(/^./, (c) => c.toUpperCase()) + '.';
  const day = 1 + (i % 28);
  return {
    source,
    language: 'en',
    title: `Statement on the Korean peninsula ${titleMarker(run, i)} ${pick()} ${pick()}`,
    publishedAt: `2018-03-${String(day).padStart(2, '0')}T10:15:00Z`,
    body: [
      `The Foreign Ministry spoke about the situation on the Korean peninsula (reference ${titleMarker(run, i)}).`,
      ...Array.from({ length: 4 }, sentence),
    ].join('\n\n'),
  };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Pushes releases 0..count-1, release i no earlier than start + i/rate, with `concurrency`
 * requests in flight. A refused connection, a 5xx or a 503 (Kafka down) is retried with the same
 * body until accepted; any other answer is recorded as a rejection.
 */
export function streamReleases({ ingestUrl, run, source, count, rate, concurrency = 16, retryForMs = 15 * 60_000, onProgress }) {
  const ids = new Array(count);
  const rejected = [];
  const stats = { retries: 0, accepted: 0, duplicates: 0, pushed: 0 };
  const started = Date.now();
  let next = 0;

  async function pushOne(i) {
    const body = JSON.stringify(chaosRelease(run, source, i));
    const giveUp = Date.now() + retryForMs;
    for (let attempt = 1; ; attempt++) {
      let status;
      let answer;
      try {
        const res = await fetch(`${ingestUrl}/releases`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
          signal: AbortSignal.timeout(30_000),
        });
        status = res.status;
        answer = await res.json().catch(() => ({}));
      } catch (error) {
        answer = { error: error.cause?.code ?? error.message };
      }
      if (status === 202 || status === 200) {
        ids[i] = answer.id;
        stats[status === 202 ? 'accepted' : 'duplicates']++;
        return;
      }
      if (status !== undefined && status < 500 && status !== 429 && status !== 408) {
        rejected.push({ i, status, answer });
        return;
      }
      if (Date.now() > giveUp) {
        rejected.push({ i, status: status ?? 'unreachable', answer });
        return;
      }
      stats.retries++;
      await sleep(Math.min(2000, 100 * 2 ** Math.min(attempt, 5)));
    }
  }

  const workers = Array.from({ length: concurrency }, async () => {
    for (let i = next++; i < count; i = next++) {
      const due = started + (i / rate) * 1000;
      if (due > Date.now()) await sleep(due - Date.now());
      await pushOne(i);
      stats.pushed++;
      onProgress?.(stats.pushed);
    }
  });
  const done = Promise.all(workers).then(() => ({ ids, rejected, stats, durationMs: Date.now() - started }));
  return { done, stats };
}
