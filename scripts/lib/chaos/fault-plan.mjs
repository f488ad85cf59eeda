// The faults of a chaos run — kill -9 of each service, Kafka and Elasticsearch restarts, poisoned
// messages — spread over the stream's planned duration and injected one after the other.
import { restartStackComponent } from './faults.mjs';
import { CONSUMERS, STAGE_TOPICS } from './settings.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Each fault starts once the previous one recovered. */
export function faultPlan(streamStart, streamSeconds) {
  const at = (share) => streamStart + share * streamSeconds * 1000;
  return [
    { at: at(0.05), what: 'kill', name: 'ingest' },
    { at: at(0.1), what: 'poison' },
    { at: at(0.15), what: 'kill', name: 'translate' },
    { at: at(0.25), what: 'kafka' },
    { at: at(0.35), what: 'kill', name: 'enrich' },
    { at: at(0.45), what: 'kill', name: 'index' },
    { at: at(0.55), what: 'poison' },
    { at: at(0.6), what: 'elasticsearch' },
    { at: at(0.7), what: 'kill', name: 'feeds' },
    { at: at(0.8), what: 'kill', name: 'search' },
  ];
}

/** Injects a plan's faults; `faults` counts them and `poisonKeys` names the poisoned messages. */
export function faultInjector({ kafka, fleet, run, downMs, log }) {
  const faults = { kills: 0, kafka_restarts: 0, es_restarts: 0, poisoned: 0, afterStream: 0, log: [], poisonExpected: [] };
  const poisonKeys = [];
  let streamEnded = false;

  /** Not JSON, or JSON that breaks the contract: one of each kind on every stage topic. */
  async function publishPoison(producer, round) {
    const bodies = [Buffer.from(`{"id": "rel_broken", "title": 42 chaos${run}`), Buffer.from(JSON.stringify({ id: `poison-${run}`, chaos: run }))];
    for (const topic of Object.values(STAGE_TOPICS)) {
      const key = `chaos-${run}-poison-${round}-${topic}`;
      poisonKeys.push(key);
      const value = bodies[poisonKeys.length % 2];
      await producer.send({ topic, acks: -1, messages: [{ key, value, headers: { ce_id: key, ce_type: 'org.demarche.chaos.poison' } }] });
      faults.poisoned++;
      // Ingest only observes the later topics (stage times for its ledger): the stage that owns a topic dead-letters its poison.
      for (const [service, topics] of Object.entries(CONSUMERS)) if (service !== 'ingest' && topics.includes(topic)) faults.poisonExpected.push(`${key} ${service}`);
    }
  }

  async function inject(step, producer, round) {
    if (step.what === 'kill') {
      await fleet.killAndRestart(step.name, downMs);
      faults.kills++;
      return `kill -9 ${step.name}, restarted`;
    }
    if (step.what === 'kafka' || step.what === 'elasticsearch') {
      await restartStackComponent(step.what);
      faults[step.what === 'kafka' ? 'kafka_restarts' : 'es_restarts']++;
      return `${step.what} restarted`;
    }
    await producer.connect();
    await publishPoison(producer, round);
    await producer.disconnect();
    return 'poisoned messages published';
  }

  async function runPlan(plan) {
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
    let round = 0;
    for (const step of plan) {
      if (step.at > Date.now()) await sleep(step.at - Date.now());
      if (streamEnded) faults.afterStream++;
      const t0 = Date.now();
      const what = await inject(step, producer, step.what === 'poison' ? ++round : round);
      await fleet.allReady();
      const line = `${what}; all ready again after ${((Date.now() - t0) / 1000).toFixed(1)} s`;
      faults.log.push(line);
      log(line);
    }
  }

  return { faults, poisonKeys, runPlan, streamEnded: () => (streamEnded = true) };
}
