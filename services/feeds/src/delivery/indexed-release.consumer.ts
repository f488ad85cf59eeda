import { Controller, Logger } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext, Payload } from '@nestjs/microservices';
import { ReleaseIndexedV1, Topics } from '@demarche/contracts';
import { MessageProcessor } from '@demarche/kafka';

/**
 * Receives every searchable release. Walking-skeleton stage: validates and records it;
 * subscription matching and delivery build on this consumer.
 */
@Controller()
export class IndexedReleaseConsumer {
  private readonly logger = new Logger(IndexedReleaseConsumer.name);

  constructor(private readonly processor: MessageProcessor) {}

  @EventPattern<string>(Topics.ReleaseIndexedV1)
  handle(@Payload() _: unknown, @Ctx() ctx: KafkaContext) {
    return this.processor.process(ctx, ReleaseIndexedV1, async (release, meta) => {
      this.logger.log({ msg: 'release searchable', releaseId: release.id, eventId: meta.eventId });
    });
  }
}
