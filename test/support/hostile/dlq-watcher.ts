import { type Consumer } from 'kafkajs';
import { kafkaClient } from '../env.js';

export interface DeadLetter {
  topic: string;
  key: string | undefined;
  value: string;
  headers: Record<string, string>;
}

/**
 * Follows dead-letter topics, keeping the messages whose key starts with this run's prefix, so
 * other tests' poison never counts (read from the beginning: no race with the group's first offsets).
 */
export class DlqWatcher {
  readonly found: DeadLetter[] = [];
  private readonly consumer: Consumer;

  constructor(
    private readonly topics: string[],
    private readonly keyPrefix: string,
  ) {
    this.consumer = kafkaClient('hostile-dlq').consumer({ groupId: `e2e-hostile-${keyPrefix}` });
  }

  async start() {
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: this.topics, fromBeginning: true });
    await this.consumer.run({
      eachMessage: async ({ topic, message }) => {
        const key = message.key?.toString();
        if (!key?.startsWith(this.keyPrefix)) return;
        const headers = Object.fromEntries(Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v)]));
        this.found.push({ topic, key, value: message.value?.toString() ?? '', headers });
      },
    });
  }

  byKey(key: string) {
    return this.found.find((m) => m.key === key);
  }

  stop() {
    return this.consumer.disconnect();
  }
}
