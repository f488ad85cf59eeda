// How a chaos run reports: the figures it measured, then one PASS/FAIL line per check.
import { TOPIC_FEED } from './settings.mjs';

export function checkList() {
  const checks = [];
  const check = (name, ok, detail) => {
    checks.push({ name, ok });
    console.log(`  ${ok ? 'PASS' : 'FAIL'}  ${name}${detail ? `  (${detail})` : ''}`);
  };
  return { check, passed: () => checks.filter((c) => c.ok).length, failed: () => checks.filter((c) => !c.ok).length };
}

export function printFigures({ N, ids, idSet, pushed, docs, stories, dlq, dead, poisonKeys, faults, webhook, receiver, feed, feedMessages, notIndexed, searchAnswer }) {
  console.log('\nfigures');
  console.log(`  releases pushed ${N}, accepted with an id ${ids.length} (${idSet.size} distinct), rejected ${pushed.rejected.length}, retried pushes ${pushed.stats.retries}`);
  console.log(`  elasticsearch: ${docs.length} documents for the run, ${stories.duplicates} duplicates, ${stories.stray} not among the accepted ids, ${stories.clusters.size} stories`);
  console.log(`  dead letters since the start: ${dlq.length} (${dead.poisonParked} for the ${poisonKeys.length} poisoned messages, ${faults.poisonExpected.length} expected; ${dead.unexpected.length} of the run's releases; ${dead.foreign} from elsewhere)`);
  for (const u of dead.unexpected.slice(0, 10)) console.log(`    unexpected: ${u.topic} ${u.key} stage=${u.stage}: ${u.error}`);
  for (const w of webhook) console.log(`  webhook "${w.name}": ${w.got}/${w.expected} delivered, ${w.missing} missing, ${w.duplicates} duplicates`);
  console.log(`  receiver: ${receiver.stats.posts} POSTs, ${receiver.stats.refused} refused on purpose (503), ${receiver.repeats()} repeats of a delivery id dropped, ${receiver.stats.badSignatures} bad signatures`);
  console.log(`  topic feed ${TOPIC_FEED}: ${feed.stories}/${stories.clusters.size} stories, ${feed.missing} missing, ${feed.duplicates} duplicates (${feedMessages.length} messages)`);
  console.log(`  ledger: ${idSet.size - notIndexed.length}/${idSet.size} releases indexed${notIndexed.length ? `; e.g. ${notIndexed.slice(0, 3).map((m) => `${m.id}=${m.status}`).join(', ')}` : ''}`);
  console.log(`  search API: total ${searchAnswer} for the run's marker`);
  for (const f of faults.log) console.log(`  fault: ${f}`);
}

export function checkRun(check, { N, ids, idSet, pushed, faults, quiet, docs, stories, dead, webhook, receiver, feed, notIndexed, searchAnswer }) {
  const webhooksMissing = webhook.reduce((s, w) => s + w.missing, 0);
  const webhookDuplicates = webhook.reduce((s, w) => s + w.duplicates, 0);
  console.log('\nchecks');
  check(`all ${N} releases accepted, each with its own id`, ids.length === N && idSet.size === N && pushed.rejected.length === 0, pushed.rejected.length ? `rejected e.g. ${JSON.stringify(pushed.rejected[0])}` : undefined);
  check(`every fault injected (6 kills, Kafka and Elasticsearch restarted, poison published)`, faults.kills === 6 && faults.kafka_restarts === 1 && faults.es_restarts === 1 && faults.poisoned > 0);
  check('every fault injected while releases were streaming', faults.afterStream === 0, faults.afterStream ? `${faults.afterStream} after the stream ended: lower --rate` : undefined);
  check('pipeline quiescent within the timeout', quiet.reached, quiet.reached ? undefined : quiet.why);
  check(`exactly ${N} documents for the run in Elasticsearch`, docs.length === N && stories.stray === 0, `${docs.length}`);
  check('no duplicate documents', stories.duplicates === 0, `${stories.duplicates}`);
  // The run's releases share no sentences: near-duplicate clustering must keep each its own story.
  check('each release its own story (no false near-duplicate)', stories.clusters.size === docs.length, `${stories.clusters.size} stories`);
  check('nothing dead-lettered for the run but the poison', dead.unexpected.length === 0, `${dead.unexpected.length}`);
  check('every poisoned message dead-lettered by the stage consuming it', faults.poisonExpected.length > 0 && dead.poisonMissing.length === 0, dead.poisonMissing.slice(0, 3).join('; ') || undefined);
  check('every webhook subscriber got each match, none twice (after dropping repeated delivery ids)', webhooksMissing === 0 && webhookDuplicates === 0, `missing ${webhooksMissing}, duplicates ${webhookDuplicates}`);
  check('every webhook correctly signed', receiver.stats.badSignatures === 0 && receiver.stats.malformed === 0);
  check(`topic feed ${TOPIC_FEED} published each story exactly once`, feed.missing === 0 && feed.duplicates === 0, `missing ${feed.missing}, duplicates ${feed.duplicates}`);
  check('the ledger shows every release indexed', notIndexed.length === 0, `${notIndexed.length} not indexed`);
  check('search answers for the run after the faults', searchAnswer === N, `${searchAnswer}`);
  return { docs: docs.length, duplicates: stories.duplicates, unexpected: dead.unexpected.length, webhooksMissing, webhookDuplicates };
}
