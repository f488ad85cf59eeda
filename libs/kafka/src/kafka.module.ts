import { Module, type DynamicModule } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { Kafka, logLevel } from 'kafkajs';
import { EventPublisher } from './event-publisher.js';
import { KafkaConsumers } from './kafka-consumers.js';
import { KafkaHealthIndicator } from './kafka-health.indicator.js';
import { KAFKA_CLIENT, KAFKA_OPTIONS, type KafkaModuleOptions } from './kafka.tokens.js';
import { MessageProcessor } from './message-processor.js';

/**
 * Kafka for one service: the publisher, the message processor, a health indicator, and the
 * consumer group that runs the service's `@Consumes` handlers.
 */
@Module({})
export class KafkaModule {
  static forRootAsync(options: {
    inject?: unknown[];
    useFactory: (...args: never[]) => KafkaModuleOptions;
  }): DynamicModule {
    return {
      module: KafkaModule,
      global: true,
      imports: [TerminusModule, DiscoveryModule],
      providers: [
        { provide: KAFKA_OPTIONS, inject: options.inject as never[], useFactory: options.useFactory },
        {
          provide: KAFKA_CLIENT,
          inject: [KAFKA_OPTIONS],
          useFactory: (o: KafkaModuleOptions) =>
            new Kafka({
              clientId: `demarche-${o.service}`,
              brokers: o.brokers,
              logLevel: logLevel.WARN,
              retry: { initialRetryTime: 300, retries: 8 },
            }),
        },
        EventPublisher,
        MessageProcessor,
        KafkaHealthIndicator,
        KafkaConsumers,
      ],
      exports: [KAFKA_CLIENT, KAFKA_OPTIONS, EventPublisher, MessageProcessor, KafkaHealthIndicator],
    };
  }
}
