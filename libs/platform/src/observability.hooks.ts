import { Inject, Injectable, Optional, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { ELASTIC_CLIENT } from '@demarche/elastic';
import { instrumentElasticsearch, shutdownTracing } from '@demarche/observability';

type ElasticClient = Parameters<typeof instrumentElasticsearch>[0];

/**
 * Instruments the service's Elasticsearch client if it has one (the module is global, so
 * optional injection finds it), and flushes the traces at shutdown.
 */
@Injectable()
export class ObservabilityHooks implements OnModuleInit, OnApplicationShutdown {
  constructor(@Optional() @Inject(ELASTIC_CLIENT) private readonly elastic?: ElasticClient) {}

  onModuleInit() {
    if (this.elastic) instrumentElasticsearch(this.elastic);
  }

  /** By now HTTP and the consumer are closed and every span has ended: send what is buffered. */
  async onApplicationShutdown() {
    await shutdownTracing();
  }
}
