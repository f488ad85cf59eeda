import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext, Payload } from '@nestjs/microservices';
import { ReleaseEnrichedV1, ReleaseIndexedV1, Topics } from '@demarche/contracts';
import { EventPublisher, MessageProcessor } from '@demarche/kafka';
import { IndexingService } from './indexing.service.js';

@Controller()
export class IndexingConsumer {
  constructor(
    private readonly processor: MessageProcessor,
    private readonly indexing: IndexingService,
    private readonly publisher: EventPublisher,
  ) {}

  @EventPattern<string>(Topics.ReleaseEnrichedV1)
  handle(@Payload() _: unknown, @Ctx() ctx: KafkaContext) {
    return this.processor.process(ctx, ReleaseEnrichedV1, async (release, meta) => {
      const indexed = await this.indexing.index(release);
      // Announced only once Elasticsearch has acknowledged the write.
      if (indexed) await this.publisher.publish(ReleaseIndexedV1, indexed, meta.traceparent);
    });
  }
}
