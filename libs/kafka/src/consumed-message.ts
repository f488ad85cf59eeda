import type { KafkaMessage } from 'kafkajs';

/** A consumed record as handlers see it: the value's bytes as sent, the key and headers as text. */
export interface ConsumedMessage {
  topic: string;
  partition: number;
  offset: string;
  timestamp: string;
  key: string | null;
  value: Buffer | null;
  headers: Record<string, string | undefined>;
  /** Keeps the group membership alive while the message waits (a backoff, an outage). */
  heartbeat: () => Promise<void>;
}

export function consumedMessage(message: KafkaMessage, topic: string, partition: number, heartbeat: () => Promise<void>): ConsumedMessage {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(message.headers ?? {})) {
    if (value != null) headers[name] = Array.isArray(value) ? value.map(String).join(',') : value.toString();
  }
  return {
    topic,
    partition,
    offset: message.offset,
    timestamp: message.timestamp,
    key: message.key == null ? null : message.key.toString(),
    value: message.value,
    headers,
    heartbeat,
  };
}
