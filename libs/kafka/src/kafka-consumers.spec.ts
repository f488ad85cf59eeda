import { Injectable, Module, type INestApplicationContext } from '@nestjs/common';
import { DiscoveryModule, NestFactory } from '@nestjs/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CONSUMED_TOPICS, ReleaseIngestedV1, ReleaseTranslatedV1 } from '@demarche/contracts';
import { Consumes, ConsumesRecords, KAFKA_CLIENT, KAFKA_OPTIONS, KafkaConsumers, MessageProcessor, type ConsumedMessage, type MessageMeta } from '@demarche/kafka';
import { fakeKafka, fetched } from './fake-kafka.stub.js';

@Injectable()
class Translator {
  readonly translated: string[] = [];

  @Consumes(ReleaseIngestedV1)
  async translate(release: ReleaseIngestedV1, _meta: MessageMeta) {
    this.translated.push(release.id);
  }

  notAHandler() {}
}

@Injectable()
class DeadLetterReader {
  readonly read: ConsumedMessage[] = [];

  @ConsumesRecords(...CONSUMED_TOPICS.ingest)
  async record(message: ConsumedMessage) {
    this.read.push(message);
  }
}

@Injectable()
class SecondTranslator {
  @Consumes(ReleaseIngestedV1, { observer: true })
  async observe() {}
}

@Injectable()
class Enricher {
  @Consumes(ReleaseTranslatedV1)
  async enrich() {}
}

/** A service's context, as KafkaModule wires it, with the given handler providers. */
function service(name: string, providers: (new (...args: never[]) => object)[]) {
  const fake = fakeKafka();
  // Runs the handler as the real processor would once a message has decoded.
  const process = vi.fn(async (message: ConsumedMessage, _contract: unknown, handler: (e: unknown, m: MessageMeta) => Promise<unknown>) => {
    await handler({ id: message.key }, {});
  });
  const processor = { process, beforeApplicationShutdown: vi.fn() };
  @Module({
    imports: [DiscoveryModule],
    providers: [
      ...providers,
      KafkaConsumers,
      { provide: MessageProcessor, useValue: processor },
      { provide: KAFKA_CLIENT, useValue: fake.kafka },
      { provide: KAFKA_OPTIONS, useValue: { service: name, brokers: [], consumers: { groupPrefix: 'demarche-test', lagIntervalMs: 60_000 } } },
    ],
  })
  class ServiceModule {}
  const start = () => NestFactory.createApplicationContext(ServiceModule, { logger: false, abortOnError: false });
  return { fake, processor, start };
}

describe('KafkaConsumers', () => {
  let app: INestApplicationContext | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it("starts the group <prefix>.<service> with the application, on its handlers' topics, and stops it with the application", async () => {
    const { fake, processor, start } = service('translate', [Translator]);
    app = await start();

    expect(app.get(KafkaConsumers).groupId).toBe('demarche-test.translate');
    expect(fake.kafka.consumer).toHaveBeenCalledWith(expect.objectContaining({ groupId: 'demarche-test.translate' }));
    expect(fake.consumer.subscribe).toHaveBeenCalledWith({ topics: [ReleaseIngestedV1.topic], fromBeginning: true });
    expect(fake.consumer.run).toHaveBeenCalledTimes(1);

    await app.close();
    app = undefined;
    expect(processor.beforeApplicationShutdown).toHaveBeenCalled();
    expect(fake.consumer.disconnect).toHaveBeenCalledTimes(1);
  });

  it('runs a @Consumes method through the message processor with its contract, on its own instance', async () => {
    const { fake, processor, start } = service('translate', [Translator]);
    app = await start();
    const { error } = await fake.deliver(ReleaseIngestedV1.topic, 0, [fetched(3, 'rel_3f2a9c0d1b7e4a5f6c8d9e0f')]);

    expect(error).toBeUndefined();
    expect(processor.process).toHaveBeenCalledWith(expect.objectContaining({ offset: '3' }), ReleaseIngestedV1, expect.any(Function), {});
    expect(app.get(Translator).translated).toEqual(['rel_3f2a9c0d1b7e4a5f6c8d9e0f']);
  });

  it('hands a @ConsumesRecords method the records of each of its topics as they are, past the processor', async () => {
    const { fake, processor, start } = service('ingest', [DeadLetterReader]);
    app = await start();
    expect(fake.consumer.subscribe).toHaveBeenCalledWith({ topics: [...CONSUMED_TOPICS.ingest], fromBeginning: true });
    await fake.deliver('releases.enriched.v1.dlq', 1, [fetched(8, 'rel_3f2a9c0d1b7e4a5f6c8d9e0f', 'not json')]);

    expect(processor.process).not.toHaveBeenCalled();
    expect(app.get(DeadLetterReader).read).toMatchObject([{ topic: 'releases.enriched.v1.dlq', partition: 1, offset: '8', value: Buffer.from('not json') }]);
  });

  it('passes the options of @Consumes to the processor', async () => {
    const { fake, processor, start } = service('translate', [SecondTranslator]);
    app = await start();
    await fake.deliver(ReleaseIngestedV1.topic, 0, [fetched(1, null)]);
    expect(processor.process).toHaveBeenCalledWith(expect.anything(), ReleaseIngestedV1, expect.any(Function), { observer: true });
  });

  it('refuses to start a service whose handlers read other topics than CONSUMED_TOPICS says', async () => {
    const { fake, start } = service('translate', [Translator, Enricher]);
    await expect(start()).rejects.toThrow(/translate has handlers for \[releases\.ingested\.v1, releases\.translated\.v1\] but CONSUMED_TOPICS says \[releases\.ingested\.v1\]/);
    expect(fake.consumer.connect).not.toHaveBeenCalled();
  });

  it('refuses two handlers for one topic', async () => {
    await expect(service('translate', [Translator, SecondTranslator]).start()).rejects.toThrow(/releases\.ingested\.v1 has two handlers in translate/);
  });

  it('joins no group in a service without handlers', async () => {
    const { fake, start } = service('search', []);
    app = await start();
    expect(fake.kafka.consumer).not.toHaveBeenCalled();
  });
});
