// kafkajs@2.2.4 compatibility proof for the broker run by deploy/local/stack.
// Usage: node deploy/local/kafkajs-proof.cjs   (KAFKA_BROKER=host:port to override)
// Resolves kafkajs from the repo's node_modules (or NODE_PATH). Creates and
// deletes its own uniquely named topics; exits non-zero on any failure.
const { Kafka, logLevel } = require('kafkajs');
const broker = process.env.KAFKA_BROKER || '127.0.0.1:9092';
process.env.KAFKAJS_NO_PARTITIONER_WARNING = '1';
const kafka = new Kafka({ clientId: 'proof', brokers: [broker], logLevel: logLevel.NOTHING });
const topic = `proof.${Date.now()}`;
const groupId = `proof-group-${Date.now()}`;
const t0 = Date.now();
const log = (...a) => console.log(`[+${Date.now() - t0}ms]`, ...a);
function assert(c, m) { if (!c) { console.error('FAIL:', m); process.exit(1); } }

async function consumeUntil(n, label) {
  const consumer = kafka.consumer({ groupId, sessionTimeout: 10000, heartbeatInterval: 1000 });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  const got = [];
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${label}: timeout, got ${got.length}`)), 30000);
    consumer.run({
      autoCommit: false,
      eachMessage: async ({ partition, message }) => {
        got.push(message.value.toString());
        // commit explicitly: offset of the NEXT message to read
        await consumer.commitOffsets([{ topic, partition, offset: (BigInt(message.offset) + 1n).toString() }]);
        if (got.length >= n) { clearTimeout(timer); resolve(); }
      },
    }).catch(reject);
  });
  await consumer.disconnect();
  return got;
}

(async () => {
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 3, replicationFactor: 1,
    configEntries: [{ name: 'retention.ms', value: String(7 * 24 * 3600 * 1000) }] }] });
  const md = await admin.fetchTopicMetadata({ topics: [topic] });
  assert(md.topics[0].partitions.length === 3, 'topic should have 3 partitions');
  log('created topic', topic, 'with 3 partitions');

  // auto.create.topics.enable=false must hold: producing to an unknown topic fails
  const producer = kafka.producer({ allowAutoTopicCreation: false, retry: { retries: 1 } });
  await producer.connect();
  let autoCreated = true;
  try { await producer.send({ topic: `nope.${Date.now()}`, messages: [{ value: 'x' }] }); } catch (e) { autoCreated = false; log('produce to unknown topic rejected as expected:', e.name); }
  assert(!autoCreated, 'broker auto-created a topic');

  await producer.send({ topic, messages: Array.from({ length: 10 }, (_, i) => ({ key: `k${i}`, value: `m${i}` })) });
  log('produced 10 messages (keys spread across partitions)');

  const first = await consumeUntil(10, 'first consumer');
  assert(new Set(first).size === 10, 'first consumer should see all 10');
  log('group consumer read + committed', first.length);

  const offsets = await admin.fetchOffsets({ groupId, topics: [topic] });
  const committed = offsets[0].partitions.reduce((s, p) => s + Number(p.offset), 0);
  assert(committed === 10, `committed offsets sum should be 10, got ${committed}`);
  log('admin.fetchOffsets sees committed total', committed);

  await producer.send({ topic, messages: Array.from({ length: 5 }, (_, i) => ({ key: `n${i}`, value: `n${i}` })) });
  const second = await consumeUntil(5, 'second consumer');
  await new Promise(r => setTimeout(r, 1500));
  assert(second.every(v => v.startsWith('n')), `reconnected consumer re-read old messages: ${second}`);
  log('reconnected consumer in same group resumed at committed offset, got only', second.sort().join(','));

  await producer.disconnect();
  await admin.deleteTopics({ topics: [topic] });
  await admin.disconnect();
  await extraChecks();
  log('PROOF OK');
})().catch(e => { console.error('FAIL:', e); process.exit(1); });

// Idempotent producer + gzip, transactions, read_committed consumer, describeConfigs.
async function extraChecks() {
  const { CompressionTypes } = require('kafkajs');
  const xtopic = `proof.extra.${Date.now()}`;
  const admin = kafka.admin(); await admin.connect();
  await admin.createTopics({ waitForLeaders: true, topics: [{ topic: xtopic, numPartitions: 3,
    configEntries: [{ name: 'retention.ms', value: '604800000' }] }] });
  const cfg = await admin.describeConfigs({ includeSynonyms: false, resources: [{ type: 2, name: xtopic, configNames: ['retention.ms'] }] });
  assert(cfg.resources[0].configEntries[0].configValue === '604800000', 'describeConfigs retention.ms');
  log('describeConfigs sees retention.ms=604800000');
  const p = kafka.producer({ idempotent: true, maxInFlightRequests: 1 }); await p.connect();
  await p.send({ topic: xtopic, compression: CompressionTypes.GZIP, messages: [{ key: 'a', value: 'idem-gzip' }] });
  await p.disconnect();
  log('idempotent + gzip produce OK');
  const tp = kafka.producer({ transactionalId: `tx-${Date.now()}`, idempotent: true, maxInFlightRequests: 1 }); await tp.connect();
  const tx = await tp.transaction();
  await tx.send({ topic: xtopic, messages: [{ key: 'b', value: 'in-tx' }] });
  await tx.commit();
  await tp.disconnect();
  log('transactional produce + commit OK');
  const c = kafka.consumer({ groupId: `proof-g-${Date.now()}`, readUncommitted: false }); await c.connect();
  await c.subscribe({ topic: xtopic, fromBeginning: true });
  const got = [];
  await new Promise((res, rej) => { const t = setTimeout(() => rej(new Error('read_committed timeout ' + got)), 20000);
    c.run({ eachMessage: async ({ message }) => { got.push(message.value.toString()); if (got.length === 2) { clearTimeout(t); res(); } } }); });
  await c.disconnect();
  assert(got.sort().join(',') === 'idem-gzip,in-tx', `read_committed consumer got ${got}`);
  log('read_committed consumer sees both messages');
  await admin.deleteTopics({ topics: [xtopic] }); await admin.disconnect();
}
