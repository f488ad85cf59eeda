import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { CONSUMED_TOPICS } from '@demarche/contracts';
import type { Kafka } from 'kafkajs';
import { BatchConsumer, type TopicHandler } from './batch-consumer.js';
import { declaredHandlers, topicsOf } from './consumes.decorator.js';
import { KAFKA_CLIENT, KAFKA_OPTIONS, type KafkaModuleOptions } from './kafka.tokens.js';
import { MessageProcessor } from './message-processor.js';

/**
 * The service's consumer group, `<groupPrefix>.<service>`: every provider method marked
 * `@Consumes` or `@ConsumesRecords`, found at start, handles its topics through one BatchConsumer,
 * which starts once the application has and stops before it shuts down.
 */
@Injectable()
export class KafkaConsumers implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private consumer?: BatchConsumer;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly processor: MessageProcessor,
    @Inject(KAFKA_CLIENT) private readonly kafka: Kafka,
    @Inject(KAFKA_OPTIONS) private readonly options: KafkaModuleOptions,
  ) {}

  get groupId(): string {
    return `${this.options.consumers.groupPrefix}.${this.options.service}`;
  }

  /** Topic → its handler, from the declared handler methods of every provider. */
  private handlers(): Record<string, TopicHandler> {
    const handlers: Record<string, TopicHandler> = {};
    const add = (topic: string, handler: TopicHandler, where: string) => {
      if (handlers[topic]) throw new Error(`${topic} has two handlers in ${this.options.service}; the second is ${where}`);
      handlers[topic] = handler;
    };
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, (...args: unknown[]) => Promise<unknown>> | undefined;
      if (!instance || !wrapper.isDependencyTreeStatic()) continue;
      for (const { method, consumption } of declaredHandlers(Object.getPrototypeOf(instance))) {
        const handle = instance[method].bind(instance);
        const where = `${instance.constructor.name}.${method}`;
        for (const topic of topicsOf(consumption)) {
          if (consumption.kind === 'records') add(topic, async (message) => void (await handle(message)), where);
          else add(topic, (message) => this.processor.process(message, consumption.contract, handle, consumption.options), where);
        }
      }
    }
    return handlers;
  }

  async onApplicationBootstrap(): Promise<void> {
    const handlers = this.handlers();
    checkDeclared(this.options.service, Object.keys(handlers));
    if (Object.keys(handlers).length === 0) return;
    const { lagIntervalMs } = this.options.consumers;
    this.consumer = new BatchConsumer(this.kafka, this.processor, { groupId: this.groupId, lagIntervalMs, handlers });
    await this.consumer.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.consumer?.stop();
  }
}

/** The topics a service's handlers read are the ones CONSUMED_TOPICS says, which tools rely on. */
function checkDeclared(service: string, topics: string[]): void {
  const declared = [...(CONSUMED_TOPICS[service] ?? [])].sort();
  const found = [...topics].sort();
  if (declared.join() !== found.join()) {
    throw new Error(`${service} has handlers for [${found.join(', ')}] but CONSUMED_TOPICS says [${declared.join(', ')}]: make them agree`);
  }
}
