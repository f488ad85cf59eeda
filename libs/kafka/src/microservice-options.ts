import { Transport, type KafkaOptions } from '@nestjs/microservices';

/** Nest's Kafka transport, configured for at-least-once consumption of contract events. */
export function kafkaConsumerOptions(o: { service: string; brokers: string[]; groupPrefix: string }): KafkaOptions {
  return {
    transport: Transport.KAFKA,
    options: {
      // Nest appends "-server" to client and group ids by default; keep ours as written.
      postfixId: '',
      client: {
        clientId: `demarche-${o.service}-consumer`,
        brokers: o.brokers,
        retry: { initialRetryTime: 300, retries: 10 },
      },
      consumer: {
        groupId: `${o.groupPrefix}.${o.service}`,
        allowAutoTopicCreation: false,
        sessionTimeout: 30_000,
        heartbeatInterval: 3_000,
      },
      subscribe: { fromBeginning: true },
      run: { autoCommit: true, partitionsConsumedConcurrently: 3 },
      // Keep the value as bytes: the message processor validates it and, if bad,
      // dead-letters the original bytes untouched.
      parser: { keepBinary: true },
    },
  };
}
