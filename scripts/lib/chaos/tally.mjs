// Counting what a chaos run left behind: documents per release, dead letters by kind, topic-feed
// and webhook deliveries per story.
import { headerText } from '../kafka.mjs';

/** Documents of the run per release marker, and the stories (near-duplicate clusters) among them. */
export function tallyDocuments(docs, idSet) {
  const byMarker = new Map();
  for (const doc of docs) {
    const marker = /chaos[0-9a-f]{8} n(\d+)\b/.exec(doc.title)?.[1] ?? doc.title;
    byMarker.set(marker, (byMarker.get(marker) ?? 0) + 1);
  }
  const duplicates = [...byMarker.values()].reduce((sum, c) => sum + c - 1, 0);
  const stray = docs.filter((d) => !idSet.has(d.id)).length;
  const clusterOf = new Map(docs.map((d) => [d.id, d.clusterId ?? d.id]));
  return { duplicates, stray, clusterOf, clusters: new Set(clusterOf.values()) };
}

/** Dead letters sorted into the poison (by the stage that parked it), the run's own releases, and others'. */
export function tallyDeadLetters(dlq, { poisonKeys, poisonExpected, idSet, run }) {
  const poisonSeen = new Set();
  let poisonParked = 0;
  const unexpected = [];
  let foreign = 0;
  for (const m of dlq) {
    if (m.key && poisonKeys.includes(m.key)) {
      poisonParked++;
      poisonSeen.add(`${m.key} ${headerText(m.headers, 'x-stage')}`);
    } else if ((m.key && idSet.has(m.key)) || m.value?.includes(`chaos${run}`)) {
      unexpected.push({ topic: m.topic, key: m.key, stage: headerText(m.headers, 'x-stage'), error: headerText(m.headers, 'x-error') });
    } else foreign++;
  }
  return { poisonParked, unexpected, foreign, poisonMissing: poisonExpected.filter((p) => !poisonSeen.has(p)) };
}

/** Topic-feed messages per story: distinct delivery ids, so a repeat of one delivery is no duplicate. */
export function tallyTopicFeed(feedMessages, { clusterOf, clusters }) {
  const byCluster = new Map();
  for (const m of feedMessages) {
    const cluster = clusterOf.get(m.key) ?? m.key;
    const set = byCluster.get(cluster) ?? new Set();
    set.add(headerText(m.headers, 'demarche-delivery') ?? `${m.topic}/${m.partition}/${m.offset}`);
    byCluster.set(cluster, set);
  }
  return {
    stories: byCluster.size,
    missing: [...clusters].filter((c) => !byCluster.has(c)).length,
    duplicates: [...byCluster.values()].reduce((sum, s) => sum + s.size - 1, 0),
  };
}

/** Per subscription: everyCopy wants one delivery per release, otherwise one per story. */
export function tallyWebhooks(subscriptions, delivered, { idSet, clusterOf, clusters }) {
  return subscriptions.map((sub) => {
    const got = delivered.get(sub.id) ?? new Map();
    const units = new Map();
    for (const [releaseId, deliveryIds] of got) {
      if (!idSet.has(releaseId)) continue;
      const unit = sub.everyCopy ? releaseId : (clusterOf.get(releaseId) ?? releaseId);
      units.set(unit, [...(units.get(unit) ?? []), ...deliveryIds]);
    }
    const expected = sub.everyCopy ? idSet : clusters;
    const missing = [...expected].filter((u) => !units.has(u)).length;
    const duplicates = [...units.values()].reduce((sum, list) => sum + new Set(list).size - 1, 0);
    return { name: sub.name, expected: expected.size, got: units.size, missing, duplicates };
  });
}
