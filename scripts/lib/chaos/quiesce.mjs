// Waiting for a chaos run's pipeline to settle once the faults are over.
import { topicEnds } from '../kafka.mjs';
import { countDocuments, ledgerNotIndexed } from './checks.mjs';
import { CONSUMERS } from './settings.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The run's groups' total lag over the topics they consume. */
async function groupLag(admin, prefix) {
  let lag = 0;
  for (const [service, topics] of Object.entries(CONSUMERS)) {
    const ends = await topicEnds(admin, topics);
    for (const { topic, partitions } of await admin.fetchOffsets({ groupId: `${prefix}.${service}`, topics })) {
      for (const p of partitions) lag += Math.max(0, ends.get(topic).find((e) => e.partition === p.partition).high - Number(p.offset));
    }
  }
  return lag;
}

/** Waits until the run's groups have no lag and every document, webhook and ledger entry is there. */
export async function quiesce({ admin, prefix, es, alias, source, receiver, ingestUrl, timeoutMs, log }, idSet, subscriptions) {
  const t0 = Date.now();
  let why = 'not checked yet';
  let notIndexed = [...idSet];
  while (Date.now() - t0 < timeoutMs) {
    try {
      const lag = await groupLag(admin, prefix);
      const count = await countDocuments(es, alias, source);
      const delivered = receiver.bySubscription();
      const perRelease = subscriptions.find((s) => s.everyCopy);
      const got = [...(delivered.get(perRelease.id)?.keys() ?? [])].filter((id) => idSet.has(id)).length;
      why = `lag ${lag}, documents ${count}/${idSet.size}, webhooks ${got}/${idSet.size}`;
      if (lag === 0 && count === idSet.size && got === idSet.size) {
        notIndexed = (await ledgerNotIndexed(ingestUrl, notIndexed)).map((m) => m.id);
        why += `, ledger ${idSet.size - notIndexed.length}/${idSet.size} indexed`;
        if (notIndexed.length === 0) return { reached: true, waitedS: Math.round((Date.now() - t0) / 1000) };
      }
    } catch (error) {
      why = error.message;
    }
    if ((Date.now() - t0) % 30_000 < 3000) log(`waiting: ${why}`);
    await sleep(3000);
  }
  return { reached: false, waitedS: Math.round((Date.now() - t0) / 1000), why };
}
