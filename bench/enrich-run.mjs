// One enrich instance's share of bench/enrich.mjs: the releases it is given, `concurrency` at a
// time, through the recogniser then the knowledge base, as the enrich service runs them. Run in
// the bench's own process, or forked (`--instances N`) to stand for N enrich instances of one
// consumer group; a forked one reports its figures over IPC.
import { enrichRelease, loadKnowledgeBase, recogniseRelease, recogniserFromEnv } from '@demarche/nlp';
import { generateCorpus, LANGUAGES } from './enrich-corpus.mjs';

export function enricher({ kbOnly }) {
  const kb = loadKnowledgeBase();
  const recogniser = recogniserFromEnv();
  return {
    kb,
    async enrich(r) {
      const model = kbOnly ? undefined : await recogniseRelease(r, recogniser);
      return enrichRelease(r, kb, model);
    },
  };
}

/** Per-language counts and this process's CPU for `releases`, `concurrency` in flight. */
export async function run(enrich, releases, concurrency) {
  const stats = Object.fromEntries(LANGUAGES.map((l) => [l, { releases: 0, ms: 0, entities: 0, unlinked: 0 }]));
  const cpu0 = process.cpuUsage();
  const queue = [...releases];
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let r = queue.shift(); r; r = queue.shift()) {
        const t = performance.now();
        const { entities } = await enrich(r);
        const s = stats[r.language];
        s.releases++;
        s.ms += performance.now() - t;
        s.entities += entities.length;
        s.unlinked += entities.filter((e) => !e.linked).length;
      }
    }),
  );
  const cpu = process.cpuUsage(cpu0);
  return { stats, cpuMs: (cpu.user + cpu.system) / 1000, rssMb: process.memoryUsage().rss / 1048576 };
}

// Forked: build the same corpus, take every n-th release from `index`, warm up, wait for the go.
if (process.send && process.env.BENCH_ENRICH_WORKER) {
  const { releases, index, instances, concurrency, kbOnly } = JSON.parse(process.env.BENCH_ENRICH_WORKER);
  const { kb, enrich } = enricher({ kbOnly });
  const mine = generateCorpus(kb, releases).filter((_, i) => i % instances === index);
  for (const r of mine.slice(0, 2 * LANGUAGES.length)) await enrich(r);
  process.send({ ready: true });
  process.once('message', async () => {
    process.send(await run(enrich, mine, concurrency));
    process.disconnect();
  });
}
