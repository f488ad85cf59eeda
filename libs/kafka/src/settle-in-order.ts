/**
 * Runs one fetched batch of a partition: every message at once (so their documents share
 * `_bulk` requests), except that messages with the same key run one after another, in offset
 * order, so two revisions of one release keep their order. `settled` is called with each
 * offset, in offset order, once it and every earlier message has finished; the first failure
 * stops it there, so nothing after a failed message is ever committed.
 */
export async function settleInOrder<M extends { key: string | null; offset: string }>(
  messages: M[],
  run: (message: M) => Promise<void>,
  settled: (offset: string) => void | Promise<void>,
): Promise<void> {
  const lastOfKey = new Map<string, Promise<void>>();
  const done = messages.map((message) => {
    const previous = message.key === null ? undefined : lastOfKey.get(message.key);
    const mine = previous ? previous.then(() => run(message)) : run(message);
    if (message.key !== null) lastOfKey.set(message.key, mine);
    // Handled below, in order; until then a failure must not count as an unhandled rejection.
    mine.catch(() => undefined);
    return mine;
  });
  try {
    for (let i = 0; i < messages.length; i++) {
      await done[i];
      await settled(messages[i].offset);
    }
  } finally {
    // Never leave work running behind the caller's back (e.g. past a consumer's shutdown).
    await Promise.allSettled(done);
  }
}
