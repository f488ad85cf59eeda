// `demarche status`: one screen for ops — each service's readiness, consumer lag per group and
// topic, dead-letter topic sizes, the document count behind the alias and, when the ingest
// service exposes it, the health of its sources. Reads the same variables as the services.
import { kafkaClient } from '../lib/kafka.mjs';
import { SERVICES } from '../lib/services.mjs';
import { withApiKey } from '../lib/api-key.mjs';

export const description = 'health, consumer lag, dead letters, document count and sources at a glance (--json)';

const CONSUMERS = ['translate', 'enrich', 'index', 'feeds'];
const TIMEOUT_MS = 3000;

const env = process.env;
const host = env.DEMARCHE_HOST ?? '127.0.0.1';
const portOf = (name) => Number(env[`${name.toUpperCase()}_PORT`] ?? SERVICES.find((s) => s.name === name).port);

async function getJson(url) {
  const res = await fetch(url, { headers: withApiKey(), signal: AbortSignal.timeout(TIMEOUT_MS) });
  const body = await res.json().catch(() => undefined);
  return { status: res.status, body };
}

async function serviceHealth({ name }) {
  const port = portOf(name);
  try {
    const { status, body } = await getJson(`http://${host}:${port}/health/ready`);
    const down = Object.entries(body?.error ?? body?.details ?? {})
      .filter(([, v]) => v?.status !== 'up')
      .map(([k, v]) => `${k}: ${v?.message ?? v?.status ?? 'down'}`);
    return { name, port, ready: status === 200, problems: down };
  } catch (error) {
    return { name, port, ready: false, problems: [error.name === 'TimeoutError' ? 'no answer' : 'not running'] };
  }
}

async function kafkaFigures(brokers, groupPrefix) {
  const kafka = kafkaClient('demarche-status', { brokers, connectionTimeout: TIMEOUT_MS, retry: { retries: 1 } });
  const admin = kafka.admin();
  await admin.connect();
  try {
    const topics = await admin.listTopics();
    const ends = new Map();
    const endsOf = async (topic) => {
      if (!ends.has(topic)) ends.set(topic, await admin.fetchTopicOffsets(topic));
      return ends.get(topic);
    };
    const deadLetters = [];
    for (const topic of topics.filter((t) => t.endsWith('.dlq')).sort()) {
      const size = (await endsOf(topic)).reduce((sum, p) => sum + Number(p.high) - Number(p.low), 0);
      deadLetters.push({ topic, messages: size });
    }
    const lag = [];
    for (const service of CONSUMERS) {
      const groupId = `${groupPrefix}.${service}`;
      const [described] = (await admin.describeGroups([groupId])).groups;
      const committed = await admin.fetchOffsets({ groupId });
      for (const { topic, partitions } of committed) {
        if (!topics.includes(topic)) continue;
        let total = 0;
        for (const end of await endsOf(topic)) {
          const offset = Number(partitions.find((p) => p.partition === end.partition)?.offset ?? -1);
          total += Math.max(0, Number(end.high) - (offset >= 0 ? offset : Number(end.low)));
        }
        lag.push({ group: groupId, topic, lag: total, members: described?.members.length ?? 0, state: described?.state });
      }
      if (committed.length === 0) lag.push({ group: groupId, topic: '-', lag: null, members: described?.members.length ?? 0, state: described?.state });
    }
    return { ok: true, deadLetters, lag };
  } finally {
    await admin.disconnect();
  }
}

async function documentCount(url, alias) {
  const { status, body } = await getJson(`${url.replace(/\/$/, '')}/${alias}/_count`);
  if (status !== 200) throw new Error(body?.error?.type ?? `HTTP ${status}`);
  return body.count;
}

async function sources() {
  try {
    const { status, body } = await getJson(`http://${host}:${portOf('ingest')}/sources`);
    if (status === 404) return { exposed: false };
    if (status !== 200) return { exposed: true, error: `HTTP ${status}` };
    const list = Array.isArray(body) ? body : (body?.sources ?? body?.items ?? []);
    return { exposed: true, sources: list };
  } catch {
    return { exposed: false };
  }
}

export async function collectStatus() {
  const brokers = (env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
  const groupPrefix = env.KAFKA_GROUP_PREFIX ?? 'demarche';
  const esUrl = env.ELASTICSEARCH_URL ?? 'http://127.0.0.1:9200';
  const alias = env.ELASTICSEARCH_ALIAS ?? 'releases';
  const [services, kafka, documents, source] = await Promise.all([
    Promise.all(SERVICES.map(serviceHealth)),
    kafkaFigures(brokers, groupPrefix).catch((error) => ({ ok: false, error: error.message, deadLetters: [], lag: [] })),
    documentCount(esUrl, alias).then(
      (count) => ({ alias, count }),
      (error) => ({ alias, count: null, error: error.message }),
    ),
    sources(),
  ]);
  return { services, kafka, documents, sources: source };
}

const sourceLine = (s) => {
  const h = typeof s.health === 'object' && s.health !== null ? s.health : s;
  const state = s.enabled === false ? 'disabled' : (h.state ?? (h.lastError ? 'failing' : 'ok'));
  const last = h.lastSuccessAt ? `last ok ${h.lastSuccessAt}` : 'never succeeded';
  const failures = h.consecutiveFailures ? `, ${h.consecutiveFailures} failure(s): ${h.lastErrorCode ?? h.lastError ?? ''}` : '';
  const items = h.itemsIngested !== undefined ? `, ${h.itemsIngested} ingested` : '';
  return `  ${String(s.id ?? s.name ?? s.url ?? '?').padEnd(34)} ${String(state).padEnd(12)} ${last}${items}${failures}`;
};

export function render(status) {
  const lines = ['services'];
  for (const s of status.services) {
    lines.push(`  ${s.name.padEnd(10)} :${String(s.port).padEnd(6)} ${s.ready ? 'ready' : 'NOT READY'}${s.problems.length ? `  (${s.problems.join('; ')})` : ''}`);
  }
  lines.push('', 'consumer lag');
  if (!status.kafka.ok) lines.push(`  kafka unreachable: ${status.kafka.error}`);
  for (const l of status.kafka.lag) {
    lines.push(`  ${l.group.padEnd(28)} ${l.topic.padEnd(26)} ${l.lag === null ? 'no offsets' : String(l.lag).padStart(8)}  ${l.members} member(s)${l.state ? `, ${l.state}` : ''}`);
  }
  lines.push('', 'dead letters');
  const parked = status.kafka.deadLetters.filter((d) => d.messages > 0);
  if (status.kafka.ok && parked.length === 0) lines.push('  none');
  for (const d of parked) lines.push(`  ${d.topic.padEnd(34)} ${String(d.messages).padStart(8)}`);
  lines.push('', 'elasticsearch');
  lines.push(`  alias ${status.documents.alias}: ${status.documents.count ?? `unavailable (${status.documents.error})`}${status.documents.count !== null ? ' documents' : ''}`);
  lines.push('', 'sources');
  if (!status.sources.exposed) lines.push('  not exposed by this ingest service (GET /sources)');
  else if (status.sources.error) lines.push(`  unavailable: ${status.sources.error}`);
  else if (status.sources.sources.length === 0) lines.push('  none configured');
  else lines.push(...status.sources.sources.map(sourceLine));
  return lines.join('\n');
}

export const healthy = (status) => status.services.every((s) => s.ready) && status.kafka.ok && status.documents.count !== null;

export async function run(args) {
  const status = await collectStatus();
  console.log(args.includes('--json') ? JSON.stringify(status, null, 2) : render(status));
  return healthy(status) ? 0 : 1;
}
