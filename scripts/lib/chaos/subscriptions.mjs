// The webhook subscriptions a chaos run checks its deliveries against.

export async function createSubscriptions({ feedsUrl, run, source, receiver }) {
  const specs = [
    // Structured filter, one delivery per release.
    { name: `chaos ${run} by source`, filter: { sources: [source] }, everyCopy: true },
    // A query, checked by Elasticsearch (so it waits out the Elasticsearch restart), one per story.
    { name: `chaos ${run} by query`, filter: { query: `chaos${run}` }, everyCopy: false },
  ];
  const subs = [];
  for (const spec of specs) {
    const res = await fetch(`${feedsUrl}/subscriptions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: spec.name, owner: `chaos-${run}`, filter: spec.filter, delivery: { webhook: { url: receiver.url }, everyCopy: spec.everyCopy } }),
    });
    const body = await res.json();
    if (res.status !== 201) throw new Error(`subscription "${spec.name}": HTTP ${res.status} ${JSON.stringify(body)}`);
    receiver.expect(body.id, body.webhookSecret);
    subs.push({ ...spec, id: body.id });
  }
  return subs;
}
