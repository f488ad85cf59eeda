import type { Message, TopicMessages } from 'kafkajs';

/** Sends every topic's messages in one produce request; throws if any of them was not acknowledged. */
export type BatchSend = (topicMessages: TopicMessages[]) => Promise<void>;

interface Queued {
  topic: string;
  message: Message;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Gathers the sends of concurrent callers into one produce request, as the Java client's
 * `linger.ms` does: while a request is in flight, what arrives waits and goes out together in
 * the next one. The idempotent producer allows one request in flight, so a request per message
 * would cap a service at one message per broker round trip. Each caller's promise settles with
 * its own request; order within a topic and key is the order of the calls.
 */
export class SendCoalescer {
  private queued: Queued[] = [];
  private inFlight = false;

  /**
   * `maxBytes` keeps a request well under the broker's `message.max.bytes` (1 MiB by default), which
   * bounds each partition's record batch; a message alone above it still goes, alone.
   */
  constructor(
    private readonly send: BatchSend,
    private readonly maxMessages = 500,
    private readonly maxBytes = 512 * 1024,
  ) {}

  enqueue(topic: string, messages: Message[]): Promise<void> {
    const sent = messages.map(
      (message) => new Promise<void>((resolve, reject) => this.queued.push({ topic, message, resolve, reject })),
    );
    // Within this tick: callers that publish in the same turn of the event loop share a request.
    if (!this.inFlight) queueMicrotask(() => void this.flush());
    return Promise.all(sent).then(() => undefined);
  }

  private async flush(): Promise<void> {
    if (this.inFlight || this.queued.length === 0) return;
    this.inFlight = true;
    let count = 0;
    let bytes = 0;
    while (count < this.queued.length && count < this.maxMessages) {
      bytes += sizeOf(this.queued[count].message);
      if (count > 0 && bytes > this.maxBytes) break;
      count++;
    }
    const batch = this.queued.splice(0, count);
    try {
      await this.send(byTopic(batch));
      for (const q of batch) q.resolve();
    } catch (error) {
      for (const q of batch) q.reject(error);
    } finally {
      this.inFlight = false;
      if (this.queued.length > 0) void this.flush();
    }
  }
}

function byTopic(batch: Queued[]): TopicMessages[] {
  const topics = new Map<string, Message[]>();
  for (const { topic, message } of batch) {
    const list = topics.get(topic);
    if (list) list.push(message);
    else topics.set(topic, [message]);
  }
  return [...topics].map(([topic, messages]) => ({ topic, messages }));
}

function sizeOf(message: Message): number {
  let bytes = lengthOf(message.key) + lengthOf(message.value);
  for (const [name, value] of Object.entries(message.headers ?? {})) bytes += name.length + (Array.isArray(value) ? value.reduce((n, v) => n + lengthOf(v), 0) : lengthOf(value));
  return bytes;
}

const lengthOf = (value: Buffer | string | null | undefined): number =>
  value == null ? 0 : typeof value === 'string' ? Buffer.byteLength(value) : value.length;
