import { Inject, Injectable, Optional, type BeforeApplicationShutdown, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { Kafka } from 'kafkajs';
import { ELASTIC_CLIENT } from '@demarche/elastic';
import { ConsumerLagSampler, KAFKA_CLIENT } from '@demarche/kafka';
import { instrumentElasticsearch, shutdownTracing } from '@demarche/observability';

type ElasticClient = Parameters<typeof instrumentElasticsearch>[0];

/**
 * Instruments what the service happens to have (both modules are global, so optional
 * injection finds them): its Elasticsearch client, and its Kafka client for the lag sampler.
 */
@Injectable()
export class ObservabilityHooks implements OnModuleInit, BeforeApplicationShutdown, OnApplicationShutdown {
  private sampler?: ConsumerLagSampler;

  constructor(
    @Optional() @Inject(KAFKA_CLIENT) private readonly kafka?: Kafka,
    @Optional() @Inject(ELASTIC_CLIENT) private readonly elastic?: ElasticClient,
  ) {}

  onModuleInit() {
    if (this.elastic) instrumentElasticsearch(this.elastic);
  }

  /** Samples the consumer group's lag into `demarche_consumer_lag`. */
  sampleConsumerLag(groupId: string, intervalMs: number): void {
    if (!this.kafka || this.sampler) return;
    this.sampler = new ConsumerLagSampler(this.kafka, groupId, intervalMs);
    this.sampler.start();
  }

  async beforeApplicationShutdown() {
    await this.sampler?.stop();
  }

  /** By now HTTP and the consumer are closed and every span has ended: send what is buffered. */
  async onApplicationShutdown() {
    await shutdownTracing();
  }
}
