import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { BatchConsumer, KAFKA_CLIENT, MessageProcessor } from '@demarche/kafka';
import type { Kafka } from 'kafkajs';
import type { IngestEnv } from '../config/env.js';
import { DeadLetterConsumer } from './dead-letter.consumer.js';
import { StageConsumer } from './stage.consumer.js';

/** Ingest's consumer group: stage times and dead-letter reasons into the ledger (see BatchConsumer). */
@Injectable()
export class LedgerConsumer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly consumer: BatchConsumer;

  constructor(
    @Inject(KAFKA_CLIENT) kafka: Kafka,
    processor: MessageProcessor,
    stages: StageConsumer,
    deadLetters: DeadLetterConsumer,
    @Inject(ConfigService) config: ConfigService<IngestEnv, true>,
  ) {
    this.consumer = new BatchConsumer(kafka, processor, {
      groupId: `${config.get('KAFKA_GROUP_PREFIX')}.ingest`,
      lagIntervalMs: config.get('CONSUMER_LAG_INTERVAL_MS'),
      handlers: { ...stages.handlers(), ...deadLetters.handlers() },
    });
  }

  onApplicationBootstrap() {
    return this.consumer.start();
  }

  beforeApplicationShutdown() {
    return this.consumer.stop();
  }
}
