import { Logger } from '@nestjs/common';
import { consumerLag } from '@demarche/observability';
import type { Admin, Kafka } from 'kafkajs';

/** Per topic: the group's uncommitted messages, summed over partitions. */
export async function consumerGroupLag(admin: Admin, groupId: string): Promise<Map<string, number>> {
  const lag = new Map<string, number>();
  const committed = await admin.fetchOffsets({ groupId });
  for (const { topic, partitions } of committed) {
    const ends = await admin.fetchTopicOffsets(topic);
    let total = 0;
    for (const end of ends) {
      const offset = Number(partitions.find((p) => p.partition === end.partition)?.offset ?? -1);
      // -1: nothing committed yet; the group starts from the beginning (fromBeginning: true).
      const from = offset >= 0 ? offset : Number(end.low);
      total += Math.max(0, Number(end.high) - from);
    }
    lag.set(topic, total);
  }
  return lag;
}

/**
 * Samples the consumer group's lag into `demarche_consumer_lag` every `intervalMs`, with its
 * own admin connection. Sampling (rather than reading on scrape) keeps `/metrics` fast and
 * bounded when the broker is slow.
 */
export class ConsumerLagSampler {
  private readonly logger = new Logger(ConsumerLagSampler.name);
  private readonly admin: Admin;
  private timer?: NodeJS.Timeout;
  private connected?: Promise<void>;

  constructor(
    kafka: Kafka,
    private readonly groupId: string,
    private readonly intervalMs = 15_000,
  ) {
    this.admin = kafka.admin();
  }

  start(): void {
    const tick = () => {
      this.sample().finally(() => {
        if (this.timer) this.timer = setTimeout(tick, this.intervalMs).unref();
      });
    };
    this.timer = setTimeout(tick, Math.min(this.intervalMs, 2_000)).unref();
  }

  async sample(): Promise<void> {
    try {
      this.connected ??= this.admin.connect();
      await this.connected;
      for (const [topic, lag] of await consumerGroupLag(this.admin, this.groupId)) {
        consumerLag.set({ group: this.groupId, topic }, lag);
      }
    } catch (error) {
      this.connected = undefined;
      this.logger.debug({ msg: 'consumer lag not sampled', error: (error as Error).message });
    }
  }

  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.connected) await this.admin.disconnect().catch(() => undefined);
  }
}
